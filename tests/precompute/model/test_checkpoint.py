import numpy as np
import pytest

from precompute.model.checkpoint import (
    EMA_SUFFIX,
    CheckpointError,
    fingerprint,
    load_weights,
    random_weights,
    resolve_checkpoint,
    variable_shapes,
    write_checkpoint,
)
from precompute.model.config import H512_BO16, TINY
from tests.precompute.model.conftest import tf_save


def test_published_config_has_magentas_374_raw_variables():
    shapes = variable_shapes(H512_BO16)
    assert len(shapes) == 374
    assert sum(int(np.prod(s)) for s in shapes.values()) == pytest.approx(61.8e6, rel=0.01)
    assert shapes["dilatedconv_30/W"] == (1, 3, 512, 1024)
    assert shapes["cond_map_7/W"] == (1, 1, 16, 1024)
    assert shapes["logits/W"] == (1, 1, 256, 256)
    assert shapes["ae_bottleneck/W"] == (1, 1, 128, 16)
    assert "res_30/W" in shapes  # magenta computes it into a dead stream, but it is stored


@pytest.mark.parametrize(
    "form",
    [
        "model.ckpt-0",
        "model.ckpt-0.index",
        "model.ckpt-0.data-00000-of-00001",
        "model.ckpt-0.meta",
        ".",
    ],
)
def test_every_path_form_resolves_to_the_prefix(tiny_checkpoint, form):
    assert resolve_checkpoint(tiny_checkpoint.parent / form) == tiny_checkpoint


def test_directory_without_state_file_uses_its_single_index(tmp_path):
    prefix = write_checkpoint(tmp_path / "a.ckpt", random_weights(TINY), TINY)
    (tmp_path / "checkpoint").unlink()
    assert resolve_checkpoint(tmp_path) == prefix
    write_checkpoint(tmp_path / "b.ckpt", random_weights(TINY), TINY)
    (tmp_path / "checkpoint").unlink()
    with pytest.raises(CheckpointError, match="several checkpoints.*a.ckpt, b.ckpt"):
        resolve_checkpoint(tmp_path)


@pytest.mark.parametrize("name", ["nothing", "nothing.index"])
def test_missing_checkpoint_says_what_was_expected(tmp_path, name):
    with pytest.raises(
        CheckpointError, match=r"no checkpoint at .*nothing.*expected .*nothing\.index"
    ):
        resolve_checkpoint(tmp_path / name)


def test_empty_directory_is_an_error(tmp_path):
    with pytest.raises(CheckpointError, match="no checkpoint in directory"):
        resolve_checkpoint(tmp_path)


def test_weights_round_trip_and_config_comes_from_sidecar(tmp_path):
    weights = random_weights(TINY, seed=3)
    prefix = write_checkpoint(tmp_path / "m.ckpt-5", weights, TINY)
    config, loaded = load_weights(prefix)
    assert config == TINY
    assert loaded.keys() == weights.keys()
    for name in weights:
        np.testing.assert_array_equal(loaded[name], weights[name])


def test_config_is_inferred_from_shapes_without_sidecar(tmp_path):
    cfg = TINY.__class__(**{**TINY.to_dict(), "enc_stages": 4, "dec_stages": 4})
    prefix = write_checkpoint(tmp_path / "m.ckpt", random_weights(cfg), cfg)
    prefix.with_name(prefix.name + ".nsynth.json").unlink()
    config, _ = load_weights(prefix)
    assert config == cfg


def test_ema_copies_are_read_only_when_asked(tmp_path):
    raw, ema = random_weights(TINY, seed=4), random_weights(TINY, seed=5)
    extra = {"global_step": np.int64(7), "logits/W/Adam": np.zeros((1, 1, 8, 256), np.float32)}
    prefix = write_checkpoint(tmp_path / "m.ckpt", raw, TINY, ema_weights=ema, extra=extra)
    _, loaded_raw = load_weights(prefix)
    _, loaded_ema = load_weights(prefix, use_ema=True)
    np.testing.assert_array_equal(loaded_raw["out1/W"], raw["out1/W"])
    np.testing.assert_array_equal(loaded_ema["out1/W"], ema["out1/W"])
    assert fingerprint(prefix, use_ema=True) != fingerprint(prefix)


def test_ema_requested_but_none_stored_says_so_in_one_short_line(tiny_checkpoint):
    with pytest.raises(CheckpointError) as err:
        load_weights(tiny_checkpoint, use_ema=True)
    assert str(err.value) == (
        f"{tiny_checkpoint}: has no ExponentialMovingAverage weights; pass --no-use-ema"
    )


def test_ema_requested_but_partly_absent_names_the_variables(tmp_path):
    raw = random_weights(TINY)
    extra = {"out1/W" + EMA_SUFFIX: raw["out1/W"]}  # one EMA copy of many
    prefix = write_checkpoint(tmp_path / "m.ckpt", raw, TINY, extra=extra)
    with pytest.raises(CheckpointError, match=f"ae_startconv/W{EMA_SUFFIX}: missing"):
        load_weights(prefix, use_ema=True)


def test_missing_and_misshaped_variables_are_each_named(tmp_path):
    weights = random_weights(TINY)
    prefix = write_checkpoint(tmp_path / "m.ckpt", weights, TINY)
    other = {n: w for n, w in weights.items() if n != "cond_map_2/W"}
    other["skip_3/biases"] = np.zeros(3, np.float32)
    tf_save(prefix, other)
    with pytest.raises(CheckpointError) as err:
        load_weights(prefix)
    message = str(err.value)
    assert "cond_map_2/W: missing" in message
    assert "skip_3/biases: shape [3], expected [8]" in message
    assert f"2 of {len(variable_shapes(TINY))} variables" in message


def test_wrong_model_checkpoint_is_refused(tmp_path):
    import tensorflow as tf

    tf.raw_ops.SaveV2(
        prefix=str(tmp_path / "other"),
        tensor_names=["dense/kernel"],
        shape_and_slices=[""],
        tensors=[tf.zeros([2, 2])],
    )
    with pytest.raises(CheckpointError, match="ae_startconv/W not found.*not an NSynth"):
        load_weights(tmp_path / "other")


def test_fingerprint_changes_with_weights(tmp_path):
    a = write_checkpoint(tmp_path / "a" / "m.ckpt", random_weights(TINY, seed=1), TINY)
    b = write_checkpoint(tmp_path / "b" / "m.ckpt", random_weights(TINY, seed=2), TINY)
    c = write_checkpoint(tmp_path / "c" / "m.ckpt", random_weights(TINY, seed=1), TINY)
    assert fingerprint(a) != fingerprint(b)
    assert fingerprint(a) == fingerprint(c)
