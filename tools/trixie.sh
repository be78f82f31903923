#!/usr/bin/env bash
# The test suite on QGIS 3.44 LTR: a Debian trixie root (mmdebstrap, Debian's packages,
# QGIS from trixie-backports), the repository bind-mounted into it. Runs as root.
#
#   tools/trixie.sh root DIR              build the root into DIR (nothing to do if DIR/.ok exists)
#   tools/trixie.sh test DIR REPO [ARGS]  pytest inside DIR on REPO (mounted at /src), ARGS to pytest
#   tools/trixie.sh shell DIR [REPO]      an interactive shell inside DIR (REPO at /src)
#
# The mirror is the one this machine's apt uses (debian.sources / sources.list), read at
# run time. Everything mounted is unmounted on exit, also on failure.
set -euo pipefail

PACKAGES=(qgis python3-qgis qgis-providers python3-numpy python3-scipy python3-pandas
          python3-matplotlib python3-gdal python3-venv python3-pip make git xvfb xauth
          ca-certificates)
OPTIONAL_PACKAGES=(qttools5-dev-tools pyqt5-dev-tools)  # translations; installed if trixie has them
VENV=/opt/venv        # inside the root, never the repository's .venv (that is the host's Python)
SRC=/src              # the repository inside the root

die() { echo "trixie.sh: $*" >&2; exit 1; }
log() { echo "trixie.sh: $*" >&2; }

[ "$(id -u)" = 0 ] || die "must run as root (mmdebstrap --mode=root, chroot, mount)"

# --- mounts: every mount is recorded and undone in reverse order by the EXIT trap ---------
MOUNTS=()
cleanup() {
  local rc=$? i
  for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do
    umount -R "${MOUNTS[i]}" 2>/dev/null || umount -R -l "${MOUNTS[i]}" 2>/dev/null ||
      echo "trixie.sh: could not unmount ${MOUNTS[i]}" >&2
  done
  MOUNTS=()
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

do_mount() {  # do_mount TARGET MOUNT-ARGS...
  local target=$1; shift
  mount "$@" "$target"
  MOUNTS+=("$target")
}

mount_root() {  # mount_root ROOT [REPO]: /proc, /dev (+ /dev/shm, /dev/pts), REPO at $SRC
  local root=$1 repo=${2:-}
  do_mount "$root/proc" --bind /proc
  do_mount "$root/dev" --rbind /dev
  # slave: nothing mounted or unmounted below $root/dev reaches the host's /dev
  mount --make-rslave "$root/dev"
  if [ -n "$repo" ]; then
    mkdir -p "$root$SRC"
    do_mount "$root$SRC" --bind "$repo"
  fi
  install_host_files "$root"
}

install_host_files() {  # name resolution and the CA bundle (a proxy's CA too) of the host
  local root=$1
  rm -f "$root/etc/resolv.conf"
  cp -L /etc/resolv.conf "$root/etc/resolv.conf"
  if [ -r /etc/ssl/certs/ca-certificates.crt ]; then
    mkdir -p "$root/etc/ssl/certs"
    cp -L /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/ca-certificates.crt"
  fi
}

in_root() {  # in_root ROOT CMD...: a clean environment (the host's pip/Qt settings stay out)
  local root=$1; shift
  local -a env=(HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
                LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM="${TERM:-dumb}" DEBIAN_FRONTEND=noninteractive
                TMPDIR=/tmp)
  local v
  for v in http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY; do
    [ -n "${!v:-}" ] && env+=("$v=${!v}")
  done
  chroot "$root" /usr/bin/env -i "${env[@]}" "$@"
}

mirror() {  # the first Debian (not security) URI of this machine's apt sources
  local uri=""
  if [ -r /etc/apt/sources.list.d/debian.sources ]; then
    uri=$(awk '
      function flush() { if (uris != "" && suites !~ /security/ && found == "") found = uris; uris = ""; suites = "" }
      /^[[:space:]]*#/ { next }
      /^[[:space:]]*$/ { flush(); next }
      tolower($1) == "uris:"   { uris = $2 }
      tolower($1) == "suites:" { $1 = ""; suites = $0 }
      END { flush(); print found }' /etc/apt/sources.list.d/debian.sources)
  fi
  if [ -z "$uri" ] && [ -r /etc/apt/sources.list ]; then
    uri=$(awk '$1 == "deb" && $0 !~ /security/ { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z+]+:\/\//) { print $i; exit } }' \
      /etc/apt/sources.list)
  fi
  [ -n "$uri" ] || die "no Debian mirror found in /etc/apt/sources.list.d/debian.sources or /etc/apt/sources.list"
  echo "${uri%/}"
}

cmd_root() {
  local dir=${1:?usage: trixie.sh root DIR}
  if [ -e "$dir/.ok" ]; then
    log "$dir is ready (remove $dir/.ok to rebuild)"
    return 0
  fi
  local start=$SECONDS m
  m=$(mirror)
  log "building a trixie root in $dir from $m"
  if ! command -v mmdebstrap >/dev/null 2>&1; then
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends mmdebstrap
  fi
  # a half-built root of an earlier failed run: never delete through a mount
  if [ -e "$dir" ]; then
    if findmnt -rn -o TARGET | grep -q "^$(realpath "$dir")/"; then
      die "something is mounted below $dir; unmount it first"
    fi
    rm -rf --one-file-system "$dir"
  fi
  mkdir -p "$(dirname "$dir")"
  local -a aptopts=(--aptopt='Acquire::Languages "none"')
  # a mirror snapshot has an expired Release date: do what the host's apt does about it
  if apt-config dump 2>/dev/null | grep -q '^Acquire::Check-Valid-Until "false"'; then
    aptopts+=(--aptopt='Acquire::Check-Valid-Until "false"')
  fi
  mmdebstrap --mode=root --variant=minbase --components=main --include=ca-certificates \
    "${aptopts[@]}" --dpkgopt=force-unsafe-io \
    --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/doc/*' \
    --dpkgopt='path-include=/usr/share/doc/*/copyright' \
    trixie "$dir" "deb $m trixie main" "deb $m trixie-backports main"
  log "base system: $((SECONDS - start)) s"

  mount_root "$dir"
  in_root "$dir" apt-get update
  local -a pkgs=("${PACKAGES[@]}") p
  for p in "${OPTIONAL_PACKAGES[@]}"; do
    if [ -n "$(in_root "$dir" apt-cache policy "$p" | awk '/Candidate:/ && $2 != "(none)"')" ]; then
      pkgs+=("$p")
    else
      log "$p is not in trixie: skipped"
    fi
  done
  in_root "$dir" apt-get install -y --no-install-recommends -t trixie-backports "${pkgs[@]}"
  in_root "$dir" apt-get clean
  install_host_files "$dir"  # ca-certificates' postinst rewrote the bundle
  # the Makefile and tools call qgis_process.bin (Debian 12's wrapper passes an option 3.22
  # rejects); make the same name work here whatever 3.44's package calls its binary
  if ! in_root "$dir" sh -c 'command -v qgis_process.bin' >/dev/null; then
    in_root "$dir" sh -c 'ln -sf "$(command -v qgis_process)" /usr/local/bin/qgis_process.bin'
  fi
  in_root "$dir" sh -c 'ls -l /usr/bin/qgis* /usr/local/bin/qgis* 2>/dev/null; dpkg-query -W qgis python3-qgis' >&2
  touch "$dir/.ok"
  log "root ready in $((SECONDS - start)) s"
}

cmd_test() {
  local dir=${1:?usage: trixie.sh test DIR REPO [PYTEST-ARGS]} repo=${2:?usage: trixie.sh test DIR REPO [PYTEST-ARGS]}
  shift 2
  [ -e "$dir/.ok" ] || die "$dir is not a finished root: run 'trixie.sh root $dir' first"
  repo=$(realpath "$repo")
  mount_root "$dir" "$repo"
  # pytest-qgis uses <rootdir>/.qgis-settings (ignored by git) as the QGIS profile: this run
  # gets a fresh, empty one mounted over it, so 3.22's and 3.44's profiles never mix
  local profile=/var/tmp/clusterindex-qgis-settings
  rm -rf "$dir$profile" && mkdir -p "$dir$profile" "$repo/.qgis-settings"
  do_mount "$dir$SRC/.qgis-settings" --bind "$dir$profile"
  # pytest into a venv of the root's own (QGIS's) Python; rebuilt when the requirements change
  if ! cmp -s "$dir$SRC/requirements-dev.txt" "$dir$VENV/.requirements" 2>/dev/null; then
    rm -rf "$dir$VENV"
    in_root "$dir" python3 -m venv --system-site-packages "$VENV"
    in_root "$dir" "$VENV/bin/pip" install -q --disable-pip-version-check -r "$SRC/requirements-dev.txt"
    cp "$dir$SRC/requirements-dev.txt" "$dir$VENV/.requirements"
  fi
  in_root "$dir" sh -c 'qgis_process.bin --version 2>/dev/null | grep -i -m1 qgis' >&2 || true
  # the Dutch translation, compiled with this root's own Qt tools
  in_root "$dir" sh -c "cd $SRC && for ts in resources/i18n/*.ts; do lrelease -silent \"\$ts\" -qm \"\${ts%.ts}.qm\"; done"
  in_root "$dir" /usr/bin/env QT_QPA_PLATFORM=offscreen PYTHONDONTWRITEBYTECODE=1 \
    XDG_RUNTIME_DIR=/tmp/runtime-root \
    sh -c "mkdir -p -m 700 \"\$XDG_RUNTIME_DIR\" && cd $SRC && exec $VENV/bin/python -m pytest -q -p no:cacheprovider \"\$@\"" \
    pytest "$@"
}

cmd_shell() {
  local dir=${1:?usage: trixie.sh shell DIR [REPO]} repo=${2:-}
  [ -e "$dir/.ok" ] || die "$dir is not a finished root"
  [ -z "$repo" ] || repo=$(realpath "$repo")
  mount_root "$dir" "$repo"
  in_root "$dir" /usr/bin/env QT_QPA_PLATFORM=offscreen bash -l || true
}

lock() {  # one run at a time per root (the venv, the profile copy and the mounts are shared)
  local dir=${1%/}
  [ -n "$dir" ] || return 0
  mkdir -p "$(dirname "$dir")"
  exec 9>"$dir.lock"
  flock -n 9 || { log "waiting for another run on $dir"; flock 9; }
}

[ $# -ge 2 ] && lock "$2"
case "${1:-}" in
  root)  shift; cmd_root "$@" ;;
  test)  shift; cmd_test "$@" ;;
  shell) shift; cmd_shell "$@" ;;
  *) echo "usage: $0 root DIR | test DIR REPO [PYTEST-ARGS] | shell DIR [REPO]" >&2; exit 2 ;;
esac
