"""The recipe keys the knobs patches send, and the grid spec [[axes]] that take them."""

from maxpatches.settings import GAIN_KEY, N_COMPONENTS, OFFSET_KEY


def knobs_keys() -> list[str]:
    """The recipe keys the knobs patches send besides `source` and `pitch`, in order."""
    keys = []
    for c in range(N_COMPONENTS):
        keys += [GAIN_KEY.format(c), OFFSET_KEY.format(c)]
    return keys


def knobs_axes_toml() -> str:
    """The [[axes]] tables a grid spec needs for the knobs patches (docs/max.md).

    One `scale` and one `offset` axis per component, each with its neutral value only:
    the bank holds the unedited sources; every knob setting is served as the nearest
    render or a blend at once and synthesized exactly in the background.
    """
    lines = []
    for c in range(N_COMPONENTS):
        lines += [
            "[[axes]]",
            f'name = "{GAIN_KEY.format(c)}"',
            'operation = "scale"',
            f"components = [{c}]",
            "values = [1.0]",
            "",
            "[[axes]]",
            f'name = "{OFFSET_KEY.format(c)}"',
            'operation = "offset"',
            f"components = [{c}]",
            "values = [0.0]",
            "",
        ]
    return "\n".join(lines)
