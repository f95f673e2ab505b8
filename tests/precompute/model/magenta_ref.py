"""Run magenta 2.1.4's own NSynth code as the reference, for any ModelConfig.

magenta installs with `pip install --no-deps magenta==2.1.4 tf_slim`; its package
`__init__` imports half of magenta, so an empty module object stands in for the package
(with `__path__` at the installed folder) and `librosa` is stubbed when absent (only
`librosa.load` is used, and not here). `h512_bo16.py` writes its hyperparameters as
literals inside `build`; for other configs its source is loaded with those literals
replaced, so the reference is still magenta's graph code.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import types
from pathlib import Path

import numpy as np

from precompute.model.config import H512_BO16, ModelConfig


def _install_shim() -> Path:
    installed = sys.modules.get("magenta")
    if installed is not None and hasattr(installed, "__nsynth_shim__"):
        return Path(installed.__path__[0])
    spec = importlib.util.find_spec("magenta")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("magenta is not installed (pip install --no-deps magenta==2.1.4 tf_slim)")
    root = Path(next(iter(spec.submodule_search_locations)))
    package = types.ModuleType("magenta")
    package.__path__ = [str(root)]
    package.__nsynth_shim__ = True
    sys.modules["magenta"] = package
    try:
        import librosa  # noqa: F401
    except ImportError:
        stub = types.ModuleType("librosa")
        stub.load = None
        sys.modules["librosa"] = stub
    return root


def modules(config: ModelConfig = H512_BO16):
    """(h512_bo16-like module for `config`, fastgen module with it patched in, utils)."""
    root = _install_shim()
    from magenta.models.nsynth import utils
    from magenta.models.nsynth.wavenet import fastgen, h512_bo16

    if config == H512_BO16:
        return h512_bo16, fastgen, utils
    source = (root / "models/nsynth/wavenet/h512_bo16.py").read_text()
    literals = {
        "num_stages": config.dec_stages,
        "num_layers": config.dec_layers,
        "width": config.dec_width,
        "skip_width": config.skip_width,
        "ae_num_stages": config.enc_stages,
        "ae_num_layers": config.enc_layers,
        "ae_width": config.enc_width,
        "num_z": config.n_z,
    }
    for name, value in literals.items():
        source, n = re.subn(rf"^(\s+){name} = \d+$", rf"\g<1>{name} = {value}", source, flags=re.M)
        assert n >= 1, name
    source = source.replace(
        "self.ae_bottleneck_width = 16", f"self.ae_bottleneck_width = {config.n_z}"
    )
    module = types.ModuleType(f"h512_bo16_{abs(hash(config))}")
    exec(compile(source, "h512_bo16.py(config-substituted)", "exec"), module.__dict__)
    patched = types.ModuleType("fastgen_patched")
    patched.__dict__.update(fastgen.__dict__)
    patched.Config = module.Config
    patched.FastGenerationConfig = module.FastGenerationConfig
    # fastgen's functions look names up in their own globals: rebind them to the copy.
    for name, fn in list(fastgen.__dict__.items()):
        if isinstance(fn, types.FunctionType) and fn.__module__ == fastgen.__name__:
            patched.__dict__[name] = types.FunctionType(fn.__code__, patched.__dict__, name)
    return module, patched, utils


def _session():
    import tensorflow.compat.v1 as tf

    config = tf.ConfigProto(allow_soft_placement=True)
    return tf.Session(config=config)


def encode(checkpoint: Path, audio: np.ndarray, config: ModelConfig = H512_BO16) -> np.ndarray:
    """magenta's `fastgen.encode` on [b, n] audio -> [b, n // 512, 16]."""
    _, fastgen, _ = modules(config)
    return fastgen.encode(audio, str(checkpoint), sample_length=audio.shape[1])


def teacher_forced_logits(
    checkpoint: Path, audio: np.ndarray, config: ModelConfig = H512_BO16
) -> np.ndarray:
    """Logits of magenta's training graph (`Config.build`) on [b, n] audio -> [b, n, 256]."""
    import tensorflow.compat.v1 as tf

    h512, _, _ = modules(config)
    with tf.Graph().as_default() as graph, _session() as sess:
        x = tf.placeholder(tf.float32, shape=audio.shape)
        net = h512.Config().build({"wav": x}, is_training=False)
        tf.train.Saver().restore(sess, str(checkpoint))
        logits = graph.get_tensor_by_name("softmax:0").op.inputs[0]
        out = sess.run(logits, feed_dict={x: audio})
        del net
    return out.reshape(audio.shape[0], audio.shape[1], -1)


def fastgen_probabilities(
    checkpoint: Path, z: np.ndarray, audio: np.ndarray, config: ModelConfig = H512_BO16
) -> np.ndarray:
    """magenta fastgen's per-step softmax when fed audio[t - 1] at step t.

    The loop is `fastgen.synthesize`'s, with the fed sample taken from `audio` instead of
    `sample_categorical`. Returns [b, n, 256].
    """
    import tensorflow.compat.v1 as tf

    _, fastgen, _ = modules(config)
    batch, n = audio.shape
    hop = config.hop_length
    probs = np.zeros((batch, n, 256), np.float32)
    with tf.Graph().as_default(), _session() as sess:
        net = fastgen.load_fastgen_nsynth(batch_size=batch)
        tf.train.Saver().restore(sess, str(checkpoint))
        sess.run(net["init_ops"])
        fed = np.zeros([batch, 1], np.float32)
        for t in range(n):
            probs[:, t] = sess.run(
                [net["predictions"], net["push_ops"]],
                feed_dict={net["X"]: fed, net["encoding"]: z[:, t // hop, :]},
            )[0]
            fed = audio[:, t : t + 1]
    return probs


def sample_categorical(probabilities: np.ndarray, seed: int) -> np.ndarray:
    """magenta's sampler on given [b, 256] probabilities, its global RNG seeded."""
    _, fastgen, _ = modules()
    np.random.seed(seed)
    return fastgen.sample_categorical(probabilities)[:, 0].astype(np.int64)
