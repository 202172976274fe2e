#!/usr/bin/env bash
# Create the project's virtualenv. Debian/Ubuntu ship Python without ensurepip unless the
# python3-venv package is installed: install it when we are root, else say exactly what to do.
set -euo pipefail
python=${1:-python3}
venv=${2:-.venv}
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 10))' || {
  echo "newskg needs Python 3.10 or newer; $python is $("$python" --version 2>&1)" >&2; exit 1; }
if "$python" -m venv "$venv" 2>/dev/null; then exit 0; fi
rm -rf "$venv"
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  ver=$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "python${ver}-venv" >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null 2>&1; DEBIAN_FRONTEND=noninteractive \
         apt-get install -y -qq "python${ver}-venv" python3-venv >/dev/null 2>&1; } || true
  "$python" -m venv "$venv" && exit 0
fi
echo "cannot create a virtualenv: install your distribution's venv package" \
     "(Debian/Ubuntu: sudo apt-get install python3-venv) and run make again" >&2
exit 1
