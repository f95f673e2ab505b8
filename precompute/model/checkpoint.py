"""Read and write TF1 checkpoints under magenta's NSynth variable names.

Magenta's `h512_bo16` stores every layer as `<scope>/W` shaped [1, k, in, out] and
`<scope>/biases` shaped [out]; the released file also holds ExponentialMovingAverage
copies (`<scope>/W/ExponentialMovingAverage`) and optimizer slots, which are ignored
unless asked for. Files are read and written by `tensor_bundle`, without TensorFlow, so
every backend and a machine without TensorFlow load the same checkpoints.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from precompute.errors import PrecomputeError
from precompute.model import tensor_bundle
from precompute.model.config import ConfigError, ModelConfig

EMA_SUFFIX = "/ExponentialMovingAverage"
#: Adam's first and second moments of `<var>`, under TF1's slot names `<var>/Adam(_1)`.
ADAM_SLOTS = ("/Adam", "/Adam_1")
#: Sidecar beside a checkpoint prefix naming its config when it is not h512_bo16.
CONFIG_SUFFIX = ".nsynth.json"

_SHARD_RE = re.compile(r"\.data-\d{5}-of-\d{5}$")


class CheckpointError(PrecomputeError):
    """A checkpoint is missing, unreadable, or does not match the model."""


def variable_shapes(config: ModelConfig) -> dict[str, tuple[int, ...]]:
    """Every raw variable magenta's `Config.build` creates, by name, for `config`.

    Returns:
        Mapping `scope/W` -> [1, k, in, out] and `scope/biases` -> [out], in build order.
    """
    k, ew, dw, sw, nz = (
        config.filter_length,
        config.enc_width,
        config.dec_width,
        config.skip_width,
        config.n_z,
    )
    convs: list[tuple[str, int, int, int]] = [("ae_startconv", k, 1, ew)]
    for i in range(1, config.enc_layers + 1):
        convs += [(f"ae_dilatedconv_{i}", k, ew, ew), (f"ae_res_{i}", 1, ew, ew)]
    convs += [("ae_bottleneck", 1, ew, nz), ("startconv", k, 1, dw), ("skip_start", 1, dw, sw)]
    for i in range(1, config.dec_layers + 1):
        convs += [
            (f"dilatedconv_{i}", k, dw, 2 * dw),
            (f"cond_map_{i}", 1, nz, 2 * dw),
            (f"res_{i}", 1, dw, dw),
            (f"skip_{i}", 1, dw, sw),
        ]
    convs += [
        ("out1", 1, sw, sw),
        ("cond_map_out1", 1, nz, sw),
        ("logits", 1, sw, config.n_quantization),
    ]
    shapes: dict[str, tuple[int, ...]] = {}
    for scope, taps, n_in, n_out in convs:
        shapes[f"{scope}/W"] = (1, taps, n_in, n_out)
        shapes[f"{scope}/biases"] = (n_out,)
    return shapes


def resolve_checkpoint(path: str | Path) -> Path:
    """Turn what a user passes into a checkpoint prefix.

    Accepts the prefix (`model.ckpt-200000`), the prefix with `.index`, `.meta` or
    `.data-00000-of-00001`, or a directory holding a `checkpoint` state file or a single
    `.index` file (the forms that make magenta fail with "ae_bottleneck/W not found").

    Raises:
        CheckpointError: nothing at `path` is a checkpoint; the message says what was found.
    """
    given = Path(path).expanduser()
    if given.is_dir():
        prefix = _prefix_in_directory(given)
    else:
        name = _SHARD_RE.sub("", given.name)
        for suffix in (".index", ".meta"):
            name = name.removesuffix(suffix)
        prefix = given.with_name(name)
    if not prefix.with_name(prefix.name + ".index").is_file():
        raise CheckpointError(
            f"no checkpoint at {given}: expected {prefix}.index and its .data-* files "
            "(pass the prefix, e.g. model.ckpt-200000, or the directory holding it)"
        )
    return prefix


def _prefix_in_directory(directory: Path) -> Path:
    state = directory / "checkpoint"
    if state.is_file():
        match = re.search(r'^model_checkpoint_path:\s*"(.+)"\s*$', state.read_text(), re.M)
        if match:
            named = Path(match.group(1))
            return named if named.is_absolute() else directory / named
    indexes = sorted(directory.glob("*.index"))
    if len(indexes) == 1:
        return indexes[0].with_suffix("")
    if not indexes:
        raise CheckpointError(f"no checkpoint in directory {directory}: no *.index file")
    names = ", ".join(p.stem for p in indexes)
    raise CheckpointError(
        f"several checkpoints in {directory} ({names}) and no 'checkpoint' file: pass one prefix"
    )


def fingerprint(path: str | Path, *, use_ema: bool = False) -> str:
    """Stable identity of a checkpoint's weights, without reading them.

    The `.index` file carries a CRC32C of every tensor, so its hash changes with any
    weight. Returns 16 hex digits, with `-ema` appended when the EMA copies are used.
    """
    prefix = resolve_checkpoint(path)
    digest = hashlib.sha256(prefix.with_name(prefix.name + ".index").read_bytes()).hexdigest()
    return digest[:16] + ("-ema" if use_ema else "")


def read_config(prefix: Path, shapes: dict[str, tuple[int, ...]]) -> ModelConfig:
    """The config of a checkpoint: its sidecar JSON if present, else inferred from shapes.

    Shapes give every width and layer count; the dilation cycle cannot be seen in them,
    so without a sidecar it is magenta's (10 stages).
    """
    sidecar = prefix.with_name(prefix.name + CONFIG_SUFFIX)
    if sidecar.is_file():
        try:
            return ModelConfig.from_dict(json.loads(sidecar.read_text()))
        except (json.JSONDecodeError, ConfigError, TypeError) as e:
            raise CheckpointError(f"bad model config in {sidecar}: {e}") from e

    def width(name: str) -> int:
        if name not in shapes:
            raise CheckpointError(
                f"{prefix}: variable {name} not found, so this is not an NSynth WaveNet "
                f"autoencoder checkpoint (it holds {len(shapes)} variables)"
            )
        return int(shapes[name][-1])

    def count(pattern: str) -> int:
        return sum(1 for n in shapes if re.fullmatch(pattern, n))

    try:
        return ModelConfig(
            enc_width=width("ae_startconv/W"),
            n_z=width("ae_bottleneck/W"),
            enc_layers=count(r"ae_dilatedconv_\d+/W"),
            enc_stages=min(10, max(1, count(r"ae_dilatedconv_\d+/W"))),
            dec_width=width("startconv/W"),
            skip_width=width("skip_start/W"),
            dec_layers=count(r"dilatedconv_\d+/W"),
            dec_stages=min(10, max(1, count(r"dilatedconv_\d+/W"))),
        )
    except ConfigError as e:
        raise CheckpointError(f"{prefix}: cannot infer the model config: {e}") from e


def load_weights(
    path: str | Path, *, config: ModelConfig | None = None, use_ema: bool = False
) -> tuple[ModelConfig, dict[str, np.ndarray]]:
    """Read every raw NSynth variable from a TF1 checkpoint.

    Args:
        path: Checkpoint prefix, file or directory (see `resolve_checkpoint`).
        config: Expected config; by default the sidecar's or one inferred from shapes.
        use_ema: Read the ExponentialMovingAverage copies instead of the raw weights.

    Returns:
        (config, weights): weights maps `scope/W` and `scope/biases` to float32 arrays
        shaped as `variable_shapes(config)`.

    Raises:
        CheckpointError: the file cannot be read, `use_ema` and it holds no EMA copies, or
            variables are missing or mis-shaped (every such variable is named).
    """
    prefix = resolve_checkpoint(path)
    index = read_index(prefix)
    shapes = {name: entry.shape for name, entry in index.entries.items()}
    config = config or read_config(prefix, shapes)
    if use_ema and not any(name + EMA_SUFFIX in shapes for name in variable_shapes(config)):
        raise CheckpointError(
            f"{prefix}: has no ExponentialMovingAverage weights; pass --no-use-ema"
        )

    problems: list[str] = []
    stored_as: dict[str, str] = {}
    for name, expected in variable_shapes(config).items():
        stored = name + EMA_SUFFIX if use_ema else name
        if stored not in shapes:
            problems.append(f"{stored}: missing")
        elif shapes[stored] != expected:
            problems.append(f"{stored}: shape {list(shapes[stored])}, expected {list(expected)}")
        elif (code := index.entries[stored].dtype_code) != 1:  # DT_FLOAT
            problems.append(f"{stored}: TensorFlow dtype {code}, expected float32 (1)")
        else:
            stored_as[name] = stored
    if problems:
        shown = "; ".join(problems[:20]) + (
            f"; and {len(problems) - 20} more" if len(problems) > 20 else ""
        )
        raise CheckpointError(
            f"checkpoint {prefix} does not fit the model "
            f"({len(problems)} of {len(variable_shapes(config))} variables): {shown}"
        )
    tensors = read_tensors(index, stored_as.values())
    return config, {name: tensors[stored] for name, stored in stored_as.items()}


def read_index(prefix: Path) -> tensor_bundle.BundleIndex:
    """The decoded `.index` of a resolved checkpoint prefix (`tensor_bundle.read_index`)."""
    try:
        return tensor_bundle.read_index(prefix)
    except tensor_bundle.BundleError as e:
        raise CheckpointError(f"cannot read checkpoint {prefix}: {e}") from e


def read_tensors(index: tensor_bundle.BundleIndex, names: Iterable[str]) -> dict[str, np.ndarray]:
    """Tensors of a checkpoint by stored name (`tensor_bundle.read_tensors`)."""
    try:
        return tensor_bundle.read_tensors(index, names)
    except tensor_bundle.BundleError as e:
        raise CheckpointError(f"cannot read checkpoint {index.prefix}: {e}") from e


def random_weights(config: ModelConfig, *, seed: int = 0) -> dict[str, np.ndarray]:
    """Weights drawn like magenta's initialiser (uniform unit scaling), with nonzero biases.

    Biases are random rather than zero so that a test catches any bias that is dropped.
    """
    rng = np.random.default_rng(seed)
    weights: dict[str, np.ndarray] = {}
    for name, shape in variable_shapes(config).items():
        if name.endswith("/W"):
            fan_in = shape[1] * shape[2]
            limit = np.sqrt(3.0 / fan_in)
            weights[name] = rng.uniform(-limit, limit, size=shape).astype(np.float32)
        else:
            weights[name] = rng.normal(0.0, 0.05, size=shape).astype(np.float32)
    return weights


def write_checkpoint(
    prefix: str | Path,
    weights: dict[str, np.ndarray],
    config: ModelConfig,
    *,
    ema_weights: dict[str, np.ndarray] | None = None,
    extra: dict[str, np.ndarray] | None = None,
) -> Path:
    """Write a TF1 (V2 format) checkpoint with magenta's variable names (no TensorFlow needed).

    Also writes the directory's `checkpoint` state file and, unless `config` is
    h512_bo16, a `<prefix>.nsynth.json` sidecar so the loader knows the dilation cycle.

    Args:
        prefix: Output prefix, e.g. `dir/model.ckpt-0`.
        weights: Raw variables shaped as `variable_shapes(config)`.
        config: The model these weights belong to.
        ema_weights: Optional ExponentialMovingAverage copies (same names and shapes).
        extra: Other tensors to store as they are (e.g. `global_step`).

    Returns:
        The prefix written.
    """
    prefix = Path(prefix)
    expected = variable_shapes(config)
    bad = [n for n, s in expected.items() if n not in weights or weights[n].shape != s]
    if bad:
        raise CheckpointError(f"weights do not fit the config: {', '.join(bad[:10])}")
    tensors = {n: weights[n] for n in expected}
    if ema_weights is not None:
        tensors.update({n + EMA_SUFFIX: ema_weights[n] for n in expected})
    tensors.update(extra or {})
    prefix.parent.mkdir(parents=True, exist_ok=True)
    tensor_bundle.write_bundle(prefix, tensors)
    (prefix.parent / "checkpoint").write_text(
        f'model_checkpoint_path: "{prefix.name}"\nall_model_checkpoint_paths: "{prefix.name}"\n'
    )
    sidecar = prefix.with_name(prefix.name + CONFIG_SUFFIX)
    if config != ModelConfig():
        sidecar.write_text(config.to_json() + "\n")
    return prefix
