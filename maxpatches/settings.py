"""What every patch shares: where the server is, each patch's reply port, and the sizes,
ranges and defaults of the controls."""

#: Where the patches send (the server's defaults).
SERVER_HOST = "127.0.0.1"
SERVER_PORT = 7770

#: Each patch's reply port (registered with /nsynth/hello); the player has the protocol's
#: default reply port.
REPLY_PORTS = {"player": 7771, "status": 7772, "live": 7773, "knobs": 7774}

#: Embedding components (the knobs patch has one column per component).
N_COMPONENTS = 16

#: Recipe keys the knobs patch sends for component c (see `knobs_axes_toml`).
GAIN_KEY = "gain{}"
OFFSET_KEY = "offset{}"

#: Knob ranges; knobs step by 1 / KNOB_STEPS_PER_UNIT, so the neutral values are exact.
GAIN_RANGE = (0.0, 2.0)
OFFSET_RANGE = (-1.0, 1.0)
KNOB_STEPS_PER_UNIT = 100

#: Voices of the live patches ([poly~] / [clone]).
N_VOICES = 8

#: Axis sliders of the player, filled from /nsynth/axes (the first numeric axes other
#: than pitch).
N_AXIS_SLOTS = 4

#: Steps of an axis slider (its value maps linearly onto the axis's [min, max]).
AXIS_SLIDER_STEPS = 1000

#: Default MIDI pitch of the player and knobs patches; default release of a live voice.
DEFAULT_PITCH = 60
DEFAULT_RELEASE_MS = 300

#: How often the status views ask for /nsynth/status (ms).
STATUS_POLL_MS = 1000

#: Knob changes closer together than this make one request in "auto" mode (ms).
AUTO_REQUEST_MS = 300
