"""The knob analysis: what each of the 16 embedding components does to the sound.

The experiments are ordinary grid specs rendered into an ordinary bank; measuring is a
separate pass over the bank's WAVs, so a report can be rebuilt without synthesis.

- `experiments`: the analysis settings and the experiments as grid specs (TOML text).
- `descriptors`: audio -> f0, voicing, loudness, centroid, flatness, bandwidth, onsets.
- `pitch`: which components follow pitch, from embeddings of one instrument's notes.
- `measure`: every render of the experiments -> descriptors (cached, in parallel).
- `knobmap`: noise floor, effect sizes and the knob map (component -> what it moves).
- `findings`: the numbers of the other experiments (reconstruction, additive, pitch,
  vibrato).
- `figures`, `report`: PNG figures and the static HTML report with knobs.json.
- `pipeline`: the whole run, and the report alone from a finished bank.

librosa and matplotlib load with the modules that need them; the model's framework
never loads here (the model is passed in).
"""
