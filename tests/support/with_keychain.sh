#!/bin/sh
# Runs a test inside a private D-Bus session with a real, unlocked GNOME Keyring (the Secret
# Service QtKeychain talks to), its keyring files in a throwaway folder removed afterwards.
set -eu
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/runtime"
# "login" (created and unlocked by --unlock below) is the default collection; without this
# libsecret asks a prompter to create one, and there is none here.
mkdir -p -m 700 "$home/data/keyrings"
printf login > "$home/data/keyrings/default"
export XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/runtime"
dbus-run-session -- sh -c 'eval "$(printf lifeboat-test | gnome-keyring-daemon --unlock --components=secrets)"; "$@"; rc=$?; kill "$GNOME_KEYRING_PID" 2>/dev/null; exit $rc' sh "$@"
