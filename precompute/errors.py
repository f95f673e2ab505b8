"""The root of the `precompute` package's exception tree.

Each module defines its own subclasses where it raises them (`perturb.PerturbError`,
`grid.GridSpecError`, `bank.BankError`), so a caller can catch one module's failures or
every precompute failure with `except PrecomputeError`.
"""


class PrecomputeError(Exception):
    """Base class of every error the `precompute` package raises on purpose."""
