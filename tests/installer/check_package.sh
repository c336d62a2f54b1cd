#!/usr/bin/env bash
# The Debian package, built with CPack from this build: its control data and dependencies, every
# file an installation needs (both executables, desktop file, AppStream metainfo, icons, systemd
# units, cron.d file, sample config, monitoring files, man pages, docs), desktop-file-validate,
# appstreamcli validate, man pages without groff warnings and naming every command of --help.
# As root, with no lifeboat package installed, it also runs `dpkg -i`, checks the installed
# menu entry and lifeboat-cli, then purges the package again.
# Usage: check_package.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src=$1
build=$2
work=$(mktemp -d)
installed_here=0
cleanup() {
  if ((installed_here)); then dpkg --purge lifeboat >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
status=0
say() { echo "FAIL: $*" >&2; status=1; }

cpack --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log" >&2; exit 1; }
deb=$(ls "$work"/out/lifeboat_*_amd64.deb)
version=$("$build/app/lifeboat-cli" --version | awk '{print $2}')
[[ $(basename "$deb") == "lifeboat_${version}_amd64.deb" ]] || say "package file $(basename "$deb") does not carry version $version"

dpkg-deb --info "$deb" >"$work/info"
field() { dpkg-deb --field "$deb" "$1"; }
[[ $(field Package) == lifeboat ]] || say "Package: $(field Package)"
[[ $(field Version) == "$version" ]] || say "Version: $(field Version), lifeboat-cli says $version"
depends=$(field Depends)
for dep in adduser libqt6core6 libqt6widgets6 libpq5 librnp0 libarchive13 libzstd1 libqt6sql6-sqlite postgresql-client-15; do
  [[ $depends == *"$dep"* ]] || say "Depends lacks $dep: $depends"
done
for script in postinst prerm postrm conffiles; do
  grep -q " $script" "$work/info" || say "control archive lacks $script"
done

dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's#^\./#/#' >"$work/contents"
for path in /usr/bin/lifeboat /usr/bin/lifeboat-cli /usr/bin/lifeboat-cli-full \
  /usr/share/applications/io.github.lifeboat.Lifeboat.desktop \
  /usr/share/metainfo/io.github.lifeboat.Lifeboat.metainfo.xml \
  /usr/share/icons/hicolor/scalable/apps/io.github.lifeboat.Lifeboat.svg \
  /usr/share/icons/hicolor/16x16/apps/io.github.lifeboat.Lifeboat.png \
  /usr/share/icons/hicolor/48x48/apps/io.github.lifeboat.Lifeboat.png \
  /usr/share/icons/hicolor/256x256/apps/io.github.lifeboat.Lifeboat.png \
  /usr/lib/systemd/system/lifeboat-schedule.service /usr/lib/systemd/system/lifeboat-schedule.timer \
  /usr/lib/systemd/system/lifeboat-daemon.service /etc/cron.d/lifeboat \
  /usr/share/lifeboat/lifeboat.sample.toml /usr/share/lifeboat/monitoring/lifeboat-alerts.yml \
  /usr/share/lifeboat/monitoring/lifeboat-dashboard.json /usr/share/man/man1/lifeboat-cli.1.gz \
  /usr/share/man/man1/lifeboat.1.gz /usr/share/doc/lifeboat/copyright /usr/share/doc/lifeboat/disaster-recovery.md \
  /usr/share/doc/lifeboat/backup-guide.md /usr/share/doc/lifeboat/cli.md; do
  grep -qx "$path" "$work/contents" || say "the package lacks $path"
done

dpkg-deb -x "$deb" "$work/root"
root=$work/root
desktop-file-validate "$root/usr/share/applications/io.github.lifeboat.Lifeboat.desktop" || say "desktop-file-validate"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/io.github.lifeboat.Lifeboat.metainfo.xml" >"$work/as.log" 2>&1 || { cat "$work/as.log" >&2; say "appstreamcli validate"; }
# The PNGs are the sizes their folders say.
for png in "$root"/usr/share/icons/hicolor/*x*/apps/*.png; do
  want=$(basename "$(dirname "$(dirname "$png")")")
  got=$(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print("%dx%d" % struct.unpack(">II", d[16:24]))' "$png")
  [[ $got == "$want" ]] || say "$png is $got"
done
for page in lifeboat-cli.1 lifeboat.1; do
  warnings=$(zcat "$root/usr/share/man/man1/$page.gz" | groff -man -ww -z 2>&1 || true)
  [[ -z $warnings ]] || say "groff warns about $page: $warnings"
done
# Every command of --help is in the man page.
man=$(zcat "$root/usr/share/man/man1/lifeboat-cli.1.gz" | groff -man -Tascii -P-cbou 2>/dev/null)
for command in $("$build/app/lifeboat-cli" --help | sed -n 's/^  \([a-z-][a-z-]*\).*/\1/p'); do
  grep -q -F -- "$command" <<<"$man" || say "the man page does not describe $command"
  grep -q -F -- "\`$command" "$src/docs/cli.md" || say "docs/cli.md (the CLI reference) does not describe $command"
done
# No RUNPATH (Debian policy; every library is a system one).
for exe in lifeboat lifeboat-cli lifeboat-cli-full; do
  if readelf -d "$root/usr/bin/$exe" | grep -qE 'RPATH|RUNPATH'; then say "/usr/bin/$exe carries an RPATH: $(readelf -d "$root/usr/bin/$exe" | grep -E 'RPATH|RUNPATH')"; fi
done
# The unpacked programs run (lifeboat-cli starts lifeboat-cli-full beside it).
[[ $("$root/usr/bin/lifeboat-cli" --version) == "lifeboat $version" ]] || say "the packaged lifeboat-cli does not run"
[[ $(QT_QPA_PLATFORM=offscreen "$root/usr/bin/lifeboat" --version) == "lifeboat $version" ]] || say "the packaged lifeboat does not run"

if [[ $(id -u) -eq 0 ]] && ! dpkg-query -W -f='${Status}' lifeboat 2>/dev/null | grep -q "install ok installed"; then
  had_home=0; [[ -d /var/lib/lifeboat ]] && had_home=1
  if dpkg -i "$deb" >"$work/dpkg.log" 2>&1; then
    installed_here=1
    [[ $(command -v lifeboat-cli) == /usr/bin/lifeboat-cli ]] || say "lifeboat-cli is not on PATH after dpkg -i"
    [[ $(lifeboat-cli --version) == "lifeboat $version" ]] || say "the installed lifeboat-cli does not run"
    exec_line=$(sed -n 's/^Exec=//p' /usr/share/applications/io.github.lifeboat.Lifeboat.desktop)
    [[ $(QT_QPA_PLATFORM=offscreen $exec_line --version) == "lifeboat $version" ]] || say "the menu entry's Exec ($exec_line) does not start"
    getent passwd lifeboat >/dev/null || say "postinst did not create the lifeboat user"
    [[ $(stat -c '%U %a' /var/lib/lifeboat) == "lifeboat 700" ]] || say "/var/lib/lifeboat is $(stat -c '%U %a' /var/lib/lifeboat)"
    man -w lifeboat-cli >/dev/null 2>&1 || say "man lifeboat-cli finds no page"
    dpkg --purge lifeboat >"$work/purge.log" 2>&1 || say "dpkg --purge failed: $(cat "$work/purge.log")"
    installed_here=0
    [[ ! -e /usr/bin/lifeboat-cli ]] || say "/usr/bin/lifeboat-cli is left after purge"
    if ((!had_home)); then
      rm -rf /var/lib/lifeboat
      deluser --system --quiet lifeboat >/dev/null 2>&1 || true
    fi
  else
    say "dpkg -i failed: $(cat "$work/dpkg.log")"
  fi
else
  echo "dpkg -i not tried: not root, or a lifeboat package is installed already" >&2
fi
exit $status
