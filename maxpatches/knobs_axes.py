"""The recipe keys the knobs patches send, and the grid spec [[axes]] that take them."""

from maxpatches.settings import GAIN_KEY, GAIN_RANGE, N_COMPONENTS, OFFSET_KEY, OFFSET_RANGE


def knobs_keys() -> list[str]:
    """The recipe keys the knobs patches send besides `source` and `pitch`, in order."""
    keys = []
    for c in range(N_COMPONENTS):
        keys += [GAIN_KEY.format(c), OFFSET_KEY.format(c)]
    return keys


def knobs_axes_toml(*, ends: bool = False) -> str:
    """The [[axes]] tables a grid spec needs for the knobs patches (docs/max.md).

    One `scale` and one `offset` axis per component. Each holds its neutral value (gain 1,
    offset 0) only: the bank holds the unedited sources, and every knob setting is served
    as the nearest render or a blend at once and synthesized exactly in the background.

    Args:
        ends: Also the ends of each dial's range (GAIN_RANGE, OFFSET_RANGE), as `alone`
            axes: rendered one knob at a time around the grid's first point (64 renders),
            so that every setting of one knob lies between rendered sounds.
    """
    lines = []
    for c in range(N_COMPONENTS):  # in the order of the steps of a recipe, so of its key
        for key, operation, neutral, ends_of in (
            (GAIN_KEY, "scale", 1.0, GAIN_RANGE),
            (OFFSET_KEY, "offset", 0.0, OFFSET_RANGE),
        ):
            values = [neutral, *ends_of] if ends else [neutral]
            lines += [
                "[[axes]]",
                f'name = "{key.format(c)}"',
                f'operation = "{operation}"',
                f"components = [{c}]",
                f"values = [{', '.join(map(str, values))}]",
                *(["alone = true"] if ends else []),
                "",
            ]
    return "\n".join(lines)
