"""TensorFlow's checkpoint format read and written without TensorFlow, checked against TF."""

import numpy as np
import pytest

from precompute.model import tensor_bundle
from precompute.model.checkpoint import (
    ADAM_SLOTS,
    EMA_SUFFIX,
    CheckpointError,
    load_weights,
    random_weights,
)
from precompute.model.config import H512_BO16, TINY
from precompute.model.crc32c import crc32c, mask, unmask
from tests.precompute.model.conftest import tf_save


def tf_read(prefix):
    import tensorflow as tf

    reader = tf.train.load_checkpoint(str(prefix))
    return {n: reader.get_tensor(n) for n in reader.get_variable_to_shape_map()}


def bytewise_crc32c(data: bytes) -> int:
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ (0x82F63B78 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", 0),
        (b"123456789", 0xE3069283),
        (bytes(32), 0x8A9136AA),  # RFC 3720 B.4
        (b"\xff" * 32, 0x62A8AB43),
        (bytes(range(32)), 0x46DD794E),
    ],
)
def test_crc32c_known_values(data, expected):
    assert crc32c(data) == expected


def test_crc32c_equals_bytewise_definition_at_every_length_class():
    rng = np.random.default_rng(0)
    for n in [1, 3, 4, 5, 63, 64, 65, 1023, 4097, 70001]:
        data = rng.integers(0, 256, n, dtype=np.uint8)
        assert crc32c(data.tobytes()) == bytewise_crc32c(data.tobytes()), n
        assert crc32c(data) == crc32c(data.tobytes())
    array = rng.standard_normal((7, 5)).astype(np.float32).T  # not C-contiguous
    assert crc32c(array) == bytewise_crc32c(np.ascontiguousarray(array).tobytes())
    assert unmask(mask(0x12345678)) == 0x12345678 and mask(0x12345678) != 0x12345678


def _mixed_tensors():
    rng = np.random.default_rng(1)
    tensors = {
        "a/W": rng.standard_normal((1, 3, 4, 5)).astype(np.float32),
        "a/W" + EMA_SUFFIX: rng.standard_normal((1, 3, 4, 5)).astype(np.float32),
        "global_step": np.int64(123456789012),
        "scalar": np.float32(-2.5),
        "f64": rng.standard_normal(3),
        "i32": np.arange(-3, 3, dtype=np.int32),
        "i8": np.arange(-3, 3, dtype=np.int8),
        "flags": np.array([True, False, True]),
        "half": rng.standard_normal(4).astype(np.float16),
        "empty": np.zeros((0, 3), np.float32),
    }
    # Enough entries for several ~256 kB data blocks in the index, shared prefixes too.
    tensors |= {
        f"layer_{i:05d}/some/long/scope/name": rng.standard_normal(2).astype(np.float32)
        for i in range(12000)
    }
    return tensors


def test_reads_what_tensorflow_writes(tmp_path):
    tensors = _mixed_tensors()
    prefix = tf_save(tmp_path / "tf.ckpt", tensors)
    index = tensor_bundle.read_index(prefix)
    assert index.n_shards == 1 and set(index.entries) == set(tensors)
    ours = tensor_bundle.read_tensors(index, tensors)
    for name, value in tensors.items():
        assert ours[name].dtype == np.asarray(value).dtype, name
        np.testing.assert_array_equal(ours[name], value, err_msg=name)


def test_tensorflow_reads_what_we_write(tmp_path):
    tensors = _mixed_tensors()
    tensor_bundle.write_bundle(tmp_path / "ours.ckpt", tensors)
    theirs = tf_read(tmp_path / "ours.ckpt")
    assert set(theirs) == set(tensors)
    for name, value in tensors.items():
        assert np.asarray(theirs[name]).dtype == np.asarray(value).dtype, name
        np.testing.assert_array_equal(theirs[name], value, err_msg=name)


def test_load_weights_reads_a_magenta_style_tensorflow_checkpoint(tmp_path):
    """Raw weights, EMA copies, Adam slots and global_step, as magenta's training leaves."""
    raw, ema = random_weights(TINY, seed=3), random_weights(TINY, seed=4)
    tensors = dict(raw) | {n + EMA_SUFFIX: v for n, v in ema.items()}
    tensors |= {n + s: np.zeros_like(v) for n, v in raw.items() for s in ADAM_SLOTS}
    tensors["global_step"] = np.int64(200000)
    prefix = tf_save(tmp_path / "model.ckpt-200000", tensors)
    (tmp_path / "model.ckpt-200000.nsynth.json").write_text(TINY.to_json())
    for use_ema, expected in [(False, raw), (True, ema)]:
        config, weights = load_weights(prefix, use_ema=use_ema)
        assert config == TINY and set(weights) == set(raw)
        for name in raw:
            np.testing.assert_array_equal(weights[name], expected[name], err_msg=name)


@pytest.mark.slow
def test_full_size_tensorflow_checkpoint_reads_the_same(tmp_path):
    weights = random_weights(H512_BO16, seed=5)
    prefix = tf_save(tmp_path / "model.ckpt-1", weights)
    config, ours = load_weights(prefix)
    assert config == H512_BO16
    theirs = tf_read(prefix)
    for name in weights:
        np.testing.assert_array_equal(ours[name], theirs[name], err_msg=name)


def _flip(path, offset):
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.fixture
def small_bundle(tmp_path):
    tensors = {"x": np.arange(1000, dtype=np.float32), "y": np.ones(10, np.float32)}
    prefix = tmp_path / "b.ckpt"
    tensor_bundle.write_bundle(prefix, tensors)
    return prefix


def test_a_corrupt_tensor_is_named(small_bundle):
    _flip(small_bundle.with_name("b.ckpt.data-00000-of-00001"), 100)
    index = tensor_bundle.read_index(small_bundle)
    assert tensor_bundle.read_tensors(index, ["y"])["y"].sum() == 10  # the other one reads
    with pytest.raises(tensor_bundle.BundleError, match="^x in .*: checksum mismatch"):
        tensor_bundle.read_tensors(index, ["x"])


def test_a_truncated_data_file_is_named(small_bundle):
    data = small_bundle.with_name("b.ckpt.data-00000-of-00001")
    data.write_bytes(data.read_bytes()[:2000])
    index = tensor_bundle.read_index(small_bundle)
    with pytest.raises(tensor_bundle.BundleError, match="ends inside x .truncated file"):
        tensor_bundle.read_tensors(index, ["x", "y"])


def test_a_corrupt_index_block_is_refused(small_bundle):
    _flip(small_bundle.with_name("b.ckpt.index"), 5)
    with pytest.raises(tensor_bundle.BundleError, match="data block 0 at byte 0: checksum"):
        tensor_bundle.read_index(small_bundle)


def test_a_file_that_is_no_checkpoint_is_refused(tmp_path):
    (tmp_path / "n.index").write_bytes(b"\x00" * 100)
    with pytest.raises(tensor_bundle.BundleError, match="no LevelDB table magic"):
        tensor_bundle.read_index(tmp_path / "n")
    with pytest.raises(CheckpointError, match="cannot read checkpoint .*n: .*magic"):
        load_weights(tmp_path / "n")


def test_unknown_names_are_listed(small_bundle):
    index = tensor_bundle.read_index(small_bundle)
    with pytest.raises(tensor_bundle.BundleError, match="holds no tensor nope, nada"):
        tensor_bundle.read_tensors(index, ["x", "nope", "nada"])
