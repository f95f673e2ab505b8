"""Properties of precompute.render with the real (tiny) model: resume, shards, batch
independence, failures recorded per point, dry runs, estimates."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from precompute import audio_post, grid, perturb, render
from precompute.audio_io import load_audio
from precompute.bank import Bank, BankError
from precompute.model.config import H512_BO16, TINY
from precompute.render import RenderConfig, RenderError

from .conftest import render_spec_text

N_FRAMES = 4
N_SAMPLES = TINY.frames_to_samples(N_FRAMES)


GAINS = (0.5, 1.0, 1.5, 2.0)


@pytest.fixture
def spec(write_spec: Callable[..., Path]) -> grid.GridSpec:
    """8 points (flute, organ x 4 gains) of 4 frames, batch size 2."""
    return grid.load_spec(write_spec(render_spec_text(gains=GAINS)), config=TINY)


def open_bank(path: Path) -> Bank:
    return Bank.open(path, config=TINY, create=True)


def run(spec: grid.GridSpec, model, bank: Bank | None, **config) -> render.RenderReport:
    return render.render(spec, model, bank, RenderConfig(progress=False, **config))


def read(bank: Bank, key: str) -> np.ndarray:
    audio, rate_hz = sf.read(bank.path_of(key), dtype="float32")
    assert rate_hz == TINY.sample_rate_hz
    return audio


# Seeds and settings ------------------------------------------------------------------------


def test_point_seed_depends_on_key_and_seed_only() -> None:
    a, b = "0123456789abcdef0123", "fedcba9876543210fedc"
    assert render.point_seed(a, seed=0) == render.point_seed(a, seed=0)
    seeds = {render.point_seed(k, seed=s) for k in (a, b) for s in (0, 1)}
    assert len(seeds) == 4 and all(0 <= s < 2**64 for s in seeds)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"batch_size": 0}, "batch_size=0"),
        ({"batch_size": 2.0}, "batch_size=2.0"),
        ({"shard_count": 0}, "shard_count=0"),
        ({"shard_index": 2, "shard_count": 2}, r"shard_index=2 must be an integer in \[0, 2\)"),
        ({"shard_index": -1}, "shard_index=-1"),
        ({"limit": -1}, "limit=-1"),
        ({"limit": True}, "limit=True"),
    ],
)
def test_render_config_rejects_invalid_values(kwargs: dict, message: str) -> None:
    with pytest.raises(RenderError, match=message):
        RenderConfig(**kwargs)


def test_temperature_override_changes_every_key(spec: grid.GridSpec) -> None:
    hotter = render.with_temperature(spec, temperature=0.5)
    assert hotter.render.temperature == 0.5 and spec.render.temperature == 1.0
    keys = {p.key for p in grid.expand(spec, fingerprint="fp")}
    hot_keys = {p.key for p in grid.expand(hotter, fingerprint="fp")}
    assert len(hot_keys) == len(keys) == 8 and not keys & hot_keys
    for bad in (0, -1.0, float("nan"), float("inf"), "1"):
        with pytest.raises(RenderError, match="temperature"):
            render.with_temperature(spec, temperature=bad)


# Planning ----------------------------------------------------------------------------------


def test_shards_partition_the_grid_and_limit_cuts_each(spec: grid.GridSpec) -> None:
    full = render.plan_render(spec, fingerprint="fp", bank=None, config=RenderConfig())
    assert full.n_points == full.n_in_shard == len(full.points) == 8
    assert full.batch_size == spec.render.batch_size
    shards = [
        render.plan_render(
            spec, fingerprint="fp", bank=None, config=RenderConfig(shard_index=i, shard_count=3)
        )
        for i in range(3)
    ]
    keys = [{p.key for p in s.points} for s in shards]
    assert sum(map(len, keys)) == 8 and set().union(*keys) == {p.key for p in full.points}
    limited = render.plan_render(
        spec, fingerprint="fp", bank=None, config=RenderConfig(limit=5, batch_size=7)
    )
    assert limited.points == full.points[:5] and limited.batch_size == 7


# Rendering ---------------------------------------------------------------------------------


def test_render_stores_every_point_once_as_its_recipe_says(
    spec: grid.GridSpec, tiny_model, tmp_path: Path
) -> None:
    with open_bank(tmp_path / "bank") as bank:
        report = run(spec, tiny_model, bank)
        points = grid.expand(spec, fingerprint=tiny_model.fingerprint)
        assert report.rendered == tuple(p.key for p in points) and report.failed == ()
        assert bank.keys() == sorted(p.key for p in points)
        assert report.n_samples == 8 * N_SAMPLES and 0 < report.model_s < report.elapsed_s
        sources = {n: grid.load_embedding(spec.notes()[n].path) for n in ("flute", "organ")}
        peak = audio_post.db_to_amplitude(-1.0)
        for point in points:
            entry = bank.get(point.key)
            assert entry.recipe == point.recipe and entry.fingerprint == tiny_model.fingerprint
            expected = grid.recipe_embedding(point.recipe, sources, config=TINY)
            np.testing.assert_array_equal(entry.embedding, expected)
            audio = read(bank, point.key)
            assert audio.shape == (N_SAMPLES,) and entry.n_samples == N_SAMPLES
            assert np.abs(audio).max() == pytest.approx(peak, rel=1e-6)  # peak_db = -1
            assert audio[0] == audio[-1] == 0  # fades
        assert bank.verify(repair=False).ok


def test_a_point_sounds_the_same_whatever_its_batch(
    write_spec: Callable[..., Path], tiny_model, tmp_path: Path
) -> None:
    spec = grid.load_spec(write_spec(render_spec_text(gains=(0.5, 1.0))), config=TINY)
    with open_bank(tmp_path / "a") as a, open_bank(tmp_path / "b") as b:
        run(spec, tiny_model, a, batch_size=4)  # all four together
        run(spec, tiny_model, b, batch_size=1)  # each alone
        for key in a.keys():
            np.testing.assert_array_equal(read(a, key), read(b, key))
        assert len({read(a, k).tobytes() for k in a.keys()}) == 4


def test_rerun_resumes_and_never_renders_a_point_twice(
    spec: grid.GridSpec, tiny_model, tmp_path: Path
) -> None:
    with open_bank(tmp_path / "bank") as bank:
        first = run(spec, tiny_model, bank, limit=4)
        assert len(first.rendered) == 4 and len(bank) == 4
        second = run(spec, tiny_model, bank)
        assert second.plan.n_ready == 4 and len(second.rendered) == 4
        assert not set(first.rendered) & set(second.rendered)
        third = run(spec, tiny_model, bank)
        assert third.plan.n_ready == 8 and third.rendered == () and third.n_samples == 0
        assert len(bank) == 8


def test_dry_run_plans_and_writes_nothing(spec: grid.GridSpec, tiny_model, tmp_path: Path) -> None:
    report = run(spec, tiny_model, None, dry_run=True)
    assert len(report.plan.points) == 8 and report.rendered == () and report.n_samples == 0
    with open_bank(tmp_path / "bank") as bank:
        run(spec, tiny_model, bank, limit=2)
        before = {p.name: p.stat().st_mtime_ns for p in bank.root.iterdir()}
        report = run(spec, tiny_model, bank, dry_run=True)
        assert report.plan.n_ready == 2 and len(report.plan.points) == 6
        assert {p.name: p.stat().st_mtime_ns for p in bank.root.iterdir()} == before
    with pytest.raises(RenderError, match="needs a bank"):
        run(spec, tiny_model, None)


def test_audio_sources_are_encoded_with_the_model(
    write_spec: Callable[..., Path], spec_dir: Path, tiny_model, tmp_path: Path
) -> None:
    text = render_spec_text(sources=("tone", "flute"), gains=(1.0,), n_frames=6)
    spec = grid.load_spec(write_spec(text), config=TINY)
    with open_bank(tmp_path / "bank") as bank:
        report = run(spec, tiny_model, bank)
        assert len(report.rendered) == 2
        points = grid.expand(spec, fingerprint=tiny_model.fingerprint)
        point = next(p for p in points if "tone" in p.sources)
        tone = load_audio(spec_dir / "sources" / "tone.wav", sample_rate_hz=16000)
        expected = perturb.fit_frames(tiny_model.encode(tone), n_frames=6)
        np.testing.assert_allclose(bank.get(point.key).embedding, expected, atol=1e-6)


def test_a_failed_source_fails_only_its_points(
    write_spec: Callable[..., Path], spec_dir: Path, tiny_model, tmp_path: Path, caplog
) -> None:
    sf.write(spec_dir / "sources" / "tone.wav", np.zeros(4096), 16000)  # silent: refused
    text = render_spec_text(sources=("tone", "flute"), gains=GAINS)
    spec = grid.load_spec(write_spec(text), config=TINY)
    with open_bank(tmp_path / "bank") as bank:
        report = run(spec, tiny_model, bank)
        assert len(report.rendered) == 4 and len(report.failed) == 4
        for key in report.failed:
            entry = bank.get(key)
            assert entry.status == "failed" and "tone.wav" in entry.message
            assert "silent" in entry.message
        assert bank.counts() == {"ready": 4, "failed": 4}
        warnings = [r for r in caplog.records if r.levelname == "WARNING"]
        assert len(warnings) == 4 and all("failed" in r.message for r in warnings)  # one each
        # A re-run retries the failures (and fails them again), never the ready ones.
        again = run(spec, tiny_model, bank)
        assert again.plan.n_ready == 4 and set(again.failed) == set(report.failed)


def test_a_failed_write_is_recorded_and_the_run_goes_on(
    spec: grid.GridSpec, tiny_model, tmp_path: Path, monkeypatch
) -> None:
    with open_bank(tmp_path / "bank") as bank:
        victim = grid.expand(spec, fingerprint=tiny_model.fingerprint)[3].key
        real_add = bank.add

        def add(key: str, *args, **kwargs):
            if key == victim:
                raise BankError(f"{key}: disk full")
            return real_add(key, *args, **kwargs)

        monkeypatch.setattr(bank, "add", add)
        report = run(spec, tiny_model, bank)
        assert report.failed == (victim,) and len(report.rendered) == 7
        assert bank.get(victim).message == f"{victim}: disk full"


def test_a_failed_decode_fails_its_batch_only(
    spec: grid.GridSpec, tiny_model, tmp_path: Path
) -> None:
    class FlakyModel:
        """The tiny model, except that its second decode call fails."""

        config, fingerprint, encode = TINY, tiny_model.fingerprint, tiny_model.encode
        calls = 0

        def decode(self, z, **kwargs):
            FlakyModel.calls += 1
            if FlakyModel.calls == 2:
                from precompute.model.nsynth import ModelInputError

                raise ModelInputError("embeddings hold NaN")
            return tiny_model.decode(z, **kwargs)

    with open_bank(tmp_path / "bank") as bank:
        report = run(spec, FlakyModel(), bank)
        assert len(report.failed) == 2 and len(report.rendered) == 6
        assert report.failed == (report.plan.points[2].key, report.plan.points[3].key)
        assert "decoding failed: embeddings hold NaN" in bank.get(report.failed[0]).message


def test_repair_removes_what_a_killed_run_left(
    spec: grid.GridSpec, tiny_model, tmp_path: Path
) -> None:
    with open_bank(tmp_path / "bank") as bank:
        run(spec, tiny_model, bank, limit=2)
        stale = bank.root / f".{'a' * 20}.999999999.00ff.tmp"  # no such writer process
        stale.write_bytes(b"half a wav")
        orphan = bank.root / f"{'b' * 20}.wav"
        orphan.write_bytes(b"renamed, never committed")
        run(spec, tiny_model, bank, limit=0, repair=False)
        assert stale.exists() and orphan.exists()
        run(spec, tiny_model, bank, limit=0)
        assert not stale.exists() and not orphan.exists() and bank.verify(repair=False).ok


def test_render_refuses_a_spec_or_bank_of_another_model(
    write_spec: Callable[..., Path], tiny_model, tmp_path: Path
) -> None:
    spec = grid.load_spec(write_spec(render_spec_text()), config=H512_BO16)
    with open_bank(tmp_path / "bank") as bank, pytest.raises(RenderError, match="loaded for"):
        run(spec, tiny_model, bank)
    spec = dataclasses.replace(spec, config=TINY)
    with Bank.open(tmp_path / "full", config=H512_BO16, create=True) as full:
        with pytest.raises(RenderError, match="holds renders of model"):
            run(spec, tiny_model, full)


# Estimating --------------------------------------------------------------------------------


@pytest.mark.parametrize("sample_format", ["float32", "pcm16"])
def test_wav_bytes_is_the_size_the_bank_writes(tmp_path: Path, sample_format: str) -> None:
    with open_bank(tmp_path / "bank") as bank:
        audio = 0.1 * np.ones(N_SAMPLES, dtype=np.float32)
        embedding = np.zeros((N_FRAMES, 16), np.float32)
        entry = bank.add(
            "ab" * 10,
            audio,
            recipe={},
            sources={},
            embedding=embedding,
            fingerprint="fp",
            sample_format=sample_format,
        )
        size = render.wav_bytes(N_SAMPLES, sample_format=sample_format, sample_rate_hz=16000)
        assert os.path.getsize(entry.path) == size


def test_estimate_counts_points_audio_disk_and_time(
    spec: grid.GridSpec, tiny_model, tmp_path: Path
) -> None:
    est = render.estimate(spec, tiny_model, calibration_steps=100)
    assert len(est.plan.points) == 8 and est.n_batches == 4
    assert est.audio_s == pytest.approx(8 * N_SAMPLES / 16000)
    wav = render.wav_bytes(N_SAMPLES, sample_format="float32", sample_rate_hz=16000)
    recipes = sum(len(p.recipe_json) for p in est.plan.points)
    assert est.disk_bytes == 8 * (wav + 4 * N_FRAMES * 16) + recipes
    assert 0 < est.step_s < 0.1 and est.time_s == pytest.approx(4 * N_SAMPLES * est.step_s)
    with open_bank(tmp_path / "bank") as bank:
        run(spec, tiny_model, bank, limit=4)
        rest = render.estimate(spec, tiny_model, bank=bank, config=RenderConfig(limit=3))
        assert rest.plan.n_ready == 4 and len(rest.plan.points) == 3 and rest.n_batches == 2
        run(spec, tiny_model, bank)
        done = render.estimate(spec, tiny_model, bank=bank)
        assert (done.n_batches, done.audio_s, done.disk_bytes, done.time_s) == (0, 0, 0, 0)
    with pytest.raises(RenderError, match="calibration_steps=0"):
        render.estimate(spec, tiny_model, calibration_steps=0)


def test_schedule_s_hands_each_job_to_the_first_free_worker() -> None:
    assert render.schedule_s([], n_workers=3) == 0
    assert render.schedule_s([1.0, 2.0, 3.0], n_workers=1) == 6.0
    assert render.schedule_s([3.0] * 4, n_workers=2) == 6.0
    assert render.schedule_s([4.0, 1.0, 1.0, 1.0], n_workers=2) == 4.0
    assert render.schedule_s([1.0, 1.0, 1.0, 4.0], n_workers=2) == 5.0  # the last waits


def test_estimate_calibrates_with_the_decode_given_and_shares_batches(
    spec: grid.GridSpec, tiny_model
) -> None:
    calls = []

    def decode(z, **kwargs):
        calls.append(z.shape)
        return tiny_model.decode(z, **kwargs)

    est = render.estimate(spec, tiny_model, calibration_steps=100, decode=decode, n_workers=3)
    assert calls == [(2, 1, 16), (2, 1, 16)]  # compile, then one 512-sample frame timed
    assert est.n_batches == 4 and est.n_workers == 3
    assert est.time_s == pytest.approx(2 * N_SAMPLES * est.step_s)  # 2, 1, 1 batches
    for bad in (0, 1.5, True):
        with pytest.raises(RenderError, match="n_workers="):
            render.estimate(spec, tiny_model, n_workers=bad)
