#!/usr/bin/env bash
# One-command setup on a fresh machine: a virtual environment in .venv with the project,
# JAX (the default backend) and TensorFlow (CUDA builds of both when an NVIDIA GPU is
# present, CPU builds otherwise), the test
# tools, Ray (the cluster extra: render --ray and its tests), and magenta 2.1.4's source
# (installed without its outdated pins) for the reference tests.
set -euo pipefail
cd "$(dirname "$0")"
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
if command -v nvidia-smi >/dev/null 2>&1 && nvidia-smi -L >/dev/null 2>&1; then
    flavour=gpu extras=gpu,jax-gpu
else
    flavour=cpu extras=cpu
fi
echo "setup: installing with JAX and TensorFlow for $flavour" >&2
.venv/bin/python -m pip install --quiet -e ".[$extras,test,cluster]"
.venv/bin/python -m pip install --quiet --no-deps "magenta==2.1.4" "tf_slim==1.1.0"
echo "setup: done; activate with 'source .venv/bin/activate'" >&2
