"""Properties of the embedding edits in precompute.perturb."""

from __future__ import annotations

import numpy as np
import pytest

from precompute import perturb
from precompute.errors import PrecomputeError
from precompute.perturb import N_Z, OPERATIONS, PerturbError

FRAME_RATE_HZ = 16000 / 512  # what grid.py passes for the published config (31.25 Hz)

#: Valid parameters for every registered edit (embedding params filled in by the test).
SAMPLE_PARAMS = {
    "zero": {"components": [1, 3], "frames": [2, 9]},
    "scale": {"factor": 1.7, "components": [0, 5]},
    "flip": {"components": [2]},
    "offset": {"amount": -0.25},
    "add": {"weights": [0.5]},
    "shift": {"n_frames": 3},
    "stretch": {"factor": 1.5},
    "vibrato": {"rate_hz": 5.0, "depth_frames": 2.0},
    "tremolo": {"rate_hz": 4.0, "depth": 0.5},
}


def _params(name: str, z: np.ndarray) -> dict:
    params = dict(SAMPLE_PARAMS[name])
    if "others" in OPERATIONS[name].params:
        params["others"] = [z[::-1] * 2]
    return params


def _context(name: str) -> dict:
    return {"frame_rate_hz": FRAME_RATE_HZ} if OPERATIONS[name].context else {}


# Validation -------------------------------------------------------------------------------


def test_as_embedding_returns_float32_copy() -> None:
    source = np.arange(3 * N_Z, dtype=np.float64).reshape(3, N_Z)
    out = perturb.as_embedding(source)
    out[0, 0] = 99.0
    assert out.dtype == np.float32
    assert source[0, 0] == 0.0
    np.testing.assert_array_equal(out[1:], source[1:].astype(np.float32))


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (np.zeros(N_Z), "shape"),
        (np.zeros((1, 2, N_Z)), "shape"),
        (np.zeros((4, N_Z + 1)), "shape"),
        (np.zeros((0, N_Z)), "at least one frame"),
        (np.full((2, N_Z), np.nan), "non-finite"),
        (np.full((2, N_Z), np.inf), "non-finite"),
        (np.full((2, N_Z), 1e39), "non-finite"),  # overflows float32
        (np.full((2, N_Z), "a"), "real numbers"),
        (np.ones((2, N_Z), dtype=bool), "real numbers"),
        ([[0.0] * N_Z, [0.0] * 3], "rectangular"),
    ],
)
def test_as_embedding_rejects_invalid_input(value: object, message: str) -> None:
    with pytest.raises(PerturbError, match=message):
        perturb.as_embedding(value)


def test_perturb_error_is_a_precompute_error() -> None:
    assert issubclass(PerturbError, PrecomputeError)


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_edits_never_mutate_input(name: str, z: np.ndarray) -> None:
    before = z.copy()
    params = _params(name, z)
    out = OPERATIONS[name].fn(z, **params, **_context(name))
    np.testing.assert_array_equal(z, before)
    assert out.dtype == np.float32
    assert out.shape[1] == N_Z
    assert not np.shares_memory(out, z)
    assert not np.array_equal(out[: len(z)], z)  # the sample parameters change something


# Gains, signs, offsets, zeroing ------------------------------------------------------------


def test_scale_by_one_is_identity(z: np.ndarray) -> None:
    np.testing.assert_array_equal(perturb.scale(z, factor=1.0), z)


def test_scale_multiplies_only_chosen_components(z: np.ndarray) -> None:
    out = perturb.scale(z, factor=-2.5, components=[0, 7])
    np.testing.assert_allclose(out[:, [0, 7]], -2.5 * z[:, [0, 7]], rtol=1e-6)
    others = [c for c in range(N_Z) if c not in (0, 7)]
    np.testing.assert_array_equal(out[:, others], z[:, others])


def test_flip_twice_is_identity(z: np.ndarray) -> None:
    np.testing.assert_array_equal(perturb.flip(perturb.flip(z, components=[3]), components=[3]), z)


def test_flip_negates_chosen_components(z: np.ndarray) -> None:
    out = perturb.flip(z, components=[3, 4])
    np.testing.assert_array_equal(out[:, [3, 4]], -z[:, [3, 4]])
    np.testing.assert_array_equal(out[:, 5:], z[:, 5:])
    np.testing.assert_array_equal(perturb.flip(z), -z)


def test_zero_clears_components_in_frame_range(z: np.ndarray) -> None:
    out = perturb.zero(z, components=[1, 3], frames=[2, 9])
    assert np.all(out[2:9, [1, 3]] == 0)
    mask = np.ones_like(z, dtype=bool)
    mask[2:9, [1, 3]] = False
    np.testing.assert_array_equal(out[mask], z[mask])


def test_zero_defaults_cover_everything_and_clip_stop(z: np.ndarray) -> None:
    assert np.all(perturb.zero(z) == 0)
    out = perturb.zero(z, frames=[30, 1000])
    assert np.all(out[30:] == 0)
    np.testing.assert_array_equal(out[:30], z[:30])


def test_offset_adds_constant_to_components(z: np.ndarray) -> None:
    out = perturb.offset(z, amount=0.75, components=[2])
    np.testing.assert_allclose(out[:, 2], z[:, 2] + 0.75, rtol=1e-6)
    np.testing.assert_array_equal(out[:, 3:], z[:, 3:])


# Mixing ------------------------------------------------------------------------------------


def test_add_with_zero_weight_is_identity(z: np.ndarray) -> None:
    np.testing.assert_array_equal(perturb.add(z, others=[z * 3], weights=[0.0]), z)


def test_add_fits_others_to_base_length(z: np.ndarray) -> None:
    short = z[:10] * 2
    out = perturb.add(z, others=[short, z[:5]], weights=[0.5, 1.0])
    assert out.shape == z.shape
    expected = (
        z
        + 0.5 * perturb.fit_frames(short, n_frames=len(z))
        + perturb.fit_frames(z[:5], n_frames=len(z))
    )
    np.testing.assert_allclose(out, expected, rtol=1e-6)
    np.testing.assert_allclose(out[-1], z[-1] + short[-1] * 0.5 + z[4], rtol=1e-6)


def test_fit_frames_crops_or_repeats_last_frame(z: np.ndarray) -> None:
    np.testing.assert_array_equal(perturb.fit_frames(z, n_frames=7), z[:7])
    padded = perturb.fit_frames(z[:3], n_frames=6)
    np.testing.assert_array_equal(padded[:3], z[:3])
    np.testing.assert_array_equal(padded[3:], np.repeat(z[2:3], 3, axis=0))


@pytest.mark.parametrize("i", [0, 1, 2])
def test_interpolate_endpoint_returns_that_source(i: int, rng: np.random.Generator) -> None:
    sources = [rng.normal(size=(12, N_Z)).astype(np.float32) for _ in range(3)]
    weights = [0.0, 0.0, 0.0]
    weights[i] = 1.0
    np.testing.assert_array_equal(perturb.interpolate(sources, weights=weights), sources[i])


def test_interpolate_pads_shorter_sources_with_last_frame(z: np.ndarray) -> None:
    short = z[:10] + 1
    out = perturb.interpolate([z, short], weights=[0.25, 0.75])
    assert out.shape == z.shape
    np.testing.assert_allclose(out[:10], 0.25 * z[:10] + 0.75 * short, rtol=1e-5)
    np.testing.assert_allclose(out[25], 0.25 * z[25] + 0.75 * short[9], rtol=1e-5)


def test_interpolate_extrapolates_with_negative_weights(z: np.ndarray) -> None:
    out = perturb.interpolate([z, z * 0], weights=[1.5, -0.5])
    np.testing.assert_allclose(out, 1.5 * z, rtol=1e-6)


@pytest.mark.parametrize(("x", "y", "corner"), [(0, 0, 0), (1, 0, 1), (0, 1, 2), (1, 1, 3)])
def test_bilinear_at_corner_is_that_corner(x: int, y: int, corner: int, rng) -> None:
    corners = [rng.normal(size=(8, N_Z)).astype(np.float32) for _ in range(4)]
    np.testing.assert_array_equal(perturb.bilinear(corners, x=x, y=y), corners[corner])


def test_bilinear_formula(rng: np.random.Generator) -> None:
    c00, c10, c01, c11 = (rng.normal(size=(8, N_Z)).astype(np.float32) for _ in range(4))
    x, y = 0.3, 0.8
    expected = (1 - x) * (1 - y) * c00 + x * (1 - y) * c10 + (1 - x) * y * c01 + x * y * c11
    out = perturb.bilinear([c00, c10, c01, c11], x=x, y=y)
    np.testing.assert_allclose(out, expected, rtol=1e-5, atol=1e-6)
    centre = perturb.bilinear([c00, c10, c01, c11], x=0.5, y=0.5)
    np.testing.assert_allclose(centre, (c00 + c10 + c01 + c11) / 4, rtol=1e-5, atol=1e-6)


def test_bilinear_weights_are_the_blend_of_one_hot_corners() -> None:
    # Corner i holds the value 1 in frame 0's component i: the blend reads the weights back.
    corners = [np.eye(4, N_Z, dtype=np.float32)[i : i + 1] for i in range(4)]
    for x, y in [(0.3, 0.8), (0.0, 1.0), (0.5, 0.5)]:
        out = perturb.bilinear(corners, x=x, y=y)[0, :4]
        np.testing.assert_allclose(out, perturb.bilinear_weights(x=x, y=y), rtol=1e-6)


@pytest.mark.parametrize(("x", "y", "message"), [(1.5, 0, "x=1.5"), (0, -0.1, "y=-0.1"),
                                                 (0, float("nan"), "y")])  # fmt: skip
def test_bilinear_weights_refuse_positions_off_the_pad(x: float, y: float, message: str) -> None:
    with pytest.raises(perturb.PerturbError, match=message):
        perturb.bilinear_weights(x=x, y=y)


def test_mix_weights_are_checked_as_interpolate_checks_them(z: np.ndarray) -> None:
    np.testing.assert_array_equal(perturb.mix_weights([0.25, 0.75], n=2), [0.25, 0.75])
    for weights, n in [([0.5, 0.6], 2), ([1.0], 2), (["a", 1.0], 2)]:
        with pytest.raises(perturb.PerturbError) as checked:
            perturb.mix_weights(weights, n=n)
        with pytest.raises(perturb.PerturbError) as mixed:
            perturb.interpolate([z] * n, weights=weights)
        assert str(checked.value) == str(mixed.value)


# Time: shift, stretch, vibrato, tremolo ----------------------------------------------------


def test_shift_delays_and_holds_edge_frames(ramp: np.ndarray) -> None:
    out = perturb.shift(ramp, n_frames=3)
    np.testing.assert_array_equal(out[:, 0], [0, 0, 0, 0, *range(1, 17)])
    back = perturb.shift(ramp, n_frames=-2)
    np.testing.assert_array_equal(back[:, 0], [*range(2, 20), 19, 19])
    np.testing.assert_array_equal(perturb.shift(ramp, n_frames=0), ramp)


def test_stretch_by_one_is_identity(z: np.ndarray) -> None:
    np.testing.assert_array_equal(perturb.stretch(z, factor=1.0), z)


@pytest.mark.parametrize("factor", [0.5, 2.0, 1.3])
def test_stretch_scales_length_and_slows_ramp(factor: float, ramp: np.ndarray) -> None:
    out = perturb.stretch(ramp, factor=factor)
    m = round(len(ramp) * factor)
    assert out.shape == (m, N_Z)
    expected = np.minimum(np.arange(m) / factor, len(ramp) - 1)  # ramp value = input frame
    np.testing.assert_allclose(out[:, 0], expected, rtol=1e-6, atol=1e-5)


def test_vibrato_with_zero_depth_is_identity(z: np.ndarray) -> None:
    out = perturb.vibrato(z, rate_hz=5.0, depth_frames=0.0, frame_rate_hz=FRAME_RATE_HZ)
    np.testing.assert_array_equal(out, z)


def test_vibrato_warps_time_by_a_sine(ramp: np.ndarray) -> None:
    rate_hz, depth = 3.0, 1.5
    out = perturb.vibrato(ramp, rate_hz=rate_hz, depth_frames=depth, frame_rate_hz=FRAME_RATE_HZ)
    t = np.arange(len(ramp))
    expected = np.clip(t + depth * np.sin(2 * np.pi * rate_hz * t / FRAME_RATE_HZ), 0, len(t) - 1)
    np.testing.assert_allclose(out[:, 5], expected, atol=1e-5)


def test_tremolo_gain_dips_to_one_minus_depth(z: np.ndarray) -> None:
    ones = np.ones_like(z)
    rate_hz = FRAME_RATE_HZ / 8  # a period of 8 frames
    out = perturb.tremolo(ones, rate_hz=rate_hz, depth=0.6, frame_rate_hz=FRAME_RATE_HZ)
    assert out[0, 0] == pytest.approx(1.0)
    assert out[4, 0] == pytest.approx(0.4, abs=1e-6)  # half a period: 1 - depth
    assert out[8, 0] == pytest.approx(1.0, abs=1e-6)
    assert out.min() == pytest.approx(0.4, abs=1e-6)
    unchanged = perturb.tremolo(z, rate_hz=rate_hz, depth=0.0, frame_rate_hz=FRAME_RATE_HZ)
    np.testing.assert_array_equal(unchanged, z)


# Pitch ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("available", "pitch", "chosen", "rate"),
    [
        ([60, 62, 64], 62, 62, 1.0),
        ([60, 62, 64], 63, 64, 2 ** (-1 / 12)),  # tie: the higher note, rate < 1
        ([60, 64], 61, 60, 2 ** (1 / 12)),
        ([60, 64], 40, 60, 2 ** (-20 / 12)),
        ([72], 84, 72, 2.0),
    ],
)
def test_nearest_pitch_chooses_note_and_rate(available, pitch, chosen, rate) -> None:
    got, got_rate = perturb.nearest_pitch(available, pitch=pitch)
    assert got == chosen
    assert got_rate == pytest.approx(rate)


@pytest.mark.parametrize(
    ("available", "pitch", "message"),
    [
        ([], 60, "no pitches"),
        ([60], 128, "MIDI range"),
        ([-1], 60, "MIDI range"),
        ([60], 60.5, "integer"),
    ],
)
def test_nearest_pitch_rejects(available, pitch, message) -> None:
    with pytest.raises(PerturbError, match=message):
        perturb.nearest_pitch(available, pitch=pitch)


# Parameter validation ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "params", "message"),
    [
        ("scale", {"factor": float("nan")}, "finite"),
        ("scale", {"factor": True}, "real number"),
        ("scale", {"factor": 2, "components": [16]}, r"out of range \[0, 15\]"),
        ("flip", {"components": [1.0]}, "integer"),
        ("flip", {"components": "01"}, "list of integers"),
        ("zero", {"frames": [5, 2]}, "start < stop"),
        ("zero", {"frames": [1]}, r"\[start, stop\]"),
        ("offset", {"amount": "1"}, "real number"),
        ("add", {"others": [], "weights": []}, "non-empty"),
        ("add", {"weights": [1.0, 2.0]}, "2 values for 1"),
        ("shift", {"n_frames": 1.5}, "integer"),
        ("stretch", {"factor": 0}, "> 0"),
        ("vibrato", {"rate_hz": 20.0, "depth_frames": 1}, "half the frame rate"),
        ("vibrato", {"rate_hz": 5.0, "depth_frames": -1}, ">= 0"),
        ("tremolo", {"rate_hz": 5.0, "depth": 1.5}, r"\[0, 1\]"),
        ("tremolo", {"rate_hz": 0, "depth": 0.5}, "rate_hz"),
    ],
)
def test_invalid_parameters_raise(name: str, params: dict, message: str, z) -> None:
    if "others" in OPERATIONS[name].params and "others" not in params:
        params = {**params, "others": [z]}
    with pytest.raises(PerturbError, match=message):
        OPERATIONS[name].fn(z, **params, **_context(name))


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda z: perturb.interpolate([z, z], weights=[0.5, 0.6]), "sum to 1"),
        (lambda z: perturb.interpolate([z], weights=[0.5, 0.5]), "2 values for 1"),
        (lambda z: perturb.bilinear([z] * 3, x=0, y=0), "four corner"),
        (lambda z: perturb.bilinear([z] * 4, x=1.2, y=0), r"x=1.2 must be in \[0, 1\]"),
        (lambda z: perturb.fit_frames(z, n_frames=0), ">= 1"),
    ],
)
def test_mix_parameters_are_validated(call, message: str, z: np.ndarray) -> None:
    with pytest.raises(PerturbError, match=message):
        call(z)


# Registry and composition -----------------------------------------------------------------


def test_registry_describes_parameters() -> None:
    assert OPERATIONS["scale"].params == ("factor", "components")
    assert OPERATIONS["scale"].required == ("factor",)
    assert OPERATIONS["add"].embeddings == ("others",)
    assert OPERATIONS["vibrato"].params == ("rate_hz", "depth_frames")
    assert OPERATIONS["vibrato"].context == ("frame_rate_hz",)
    assert OPERATIONS["flip"].required == ()
    for name, op in OPERATIONS.items():
        assert op.name == name
        assert op.doc, name


def test_numpy_parameter_arrays_are_accepted(z: np.ndarray) -> None:
    np.testing.assert_array_equal(
        perturb.flip(z, components=np.array([1, 2])), perturb.flip(z, components=[1, 2])
    )
    np.testing.assert_array_equal(
        perturb.interpolate([z, z], weights=np.array([0.25, 0.75])),
        perturb.interpolate([z, z], weights=[0.25, 0.75]),
    )


def test_apply_composes_in_order(z: np.ndarray) -> None:
    steps = [("scale", {"factor": 2.0}), ("offset", {"amount": 1.0})]
    np.testing.assert_allclose(perturb.apply(z, steps), 2 * z + 1, rtol=1e-6)
    np.testing.assert_allclose(perturb.apply(z, steps[::-1]), 2 * (z + 1), rtol=1e-6)
    np.testing.assert_array_equal(perturb.apply(z, []), z)


def test_apply_passes_frame_rate_to_timed_edits(z: np.ndarray) -> None:
    params = {"rate_hz": 4.0, "depth": 0.5}
    out = perturb.apply(z, [("tremolo", params)], frame_rate_hz=FRAME_RATE_HZ)
    np.testing.assert_array_equal(out, perturb.tremolo(z, **params, frame_rate_hz=FRAME_RATE_HZ))


def test_apply_unknown_operation_lists_known(z: np.ndarray) -> None:
    with pytest.raises(PerturbError, match="unknown operation 'gain'") as info:
        perturb.apply(z, [("gain", {"factor": 2})])
    for name in OPERATIONS:
        assert name in str(info.value)


@pytest.mark.parametrize(
    ("steps", "message"),
    [
        ([("scale", {"factr": 2})], r"unknown parameters \['factr'\]; allowed: \['factor'"),
        ([("scale", {})], r"missing parameters \['factor'\]"),
        ([("vibrato", {"rate_hz": 5, "depth_frames": 1})], "needs frame_rate_hz"),
        ([("vibrato", {"rate_hz": 5, "depth_frames": 1, "frame_rate_hz": 30})], "unknown"),
        ([("scale",)], "must be \\(operation name, parameters\\)"),
        ([("scale", [("factor", 2)])], "must be a mapping"),
    ],
)
def test_apply_rejects_bad_steps(steps, message: str, z: np.ndarray) -> None:
    with pytest.raises(PerturbError, match=message):
        perturb.apply(z, steps)
