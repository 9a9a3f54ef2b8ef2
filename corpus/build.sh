#!/usr/bin/env bash
# Rebuild the sample corpus: corpus/pdf/*.pdf and corpus/expected/*.json from corpus/sources/.
# Installs what it needs if missing (Debian/Ubuntu apt, PyPI pip). Usage: bash corpus/build.sh [pack...]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SUDO=""; [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && SUDO="sudo"
need_apt=()
command -v soffice  >/dev/null || need_apt+=(libreoffice-writer-nogui)
command -v qpdf     >/dev/null || need_apt+=(qpdf)
command -v pdftotext >/dev/null || need_apt+=(poppler-utils)
for f in fonts-dejavu fonts-liberation fonts-crosextra-carlito fonts-crosextra-caladea; do
  dpkg -s "$f" >/dev/null 2>&1 || need_apt+=("$f")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "build.sh: installing ${need_apt[*]}" >&2
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${need_apt[@]}" \
    || DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends \
         $(printf '%s\n' "${need_apt[@]}" | sed 's/libreoffice-writer-nogui/libreoffice-writer/')
fi
python3 -c 'import pypdf, reportlab' 2>/dev/null || python3 -m pip install --quiet pypdf reportlab
export SOURCE_DATE_EPOCH=1468886400   # 2016-07-19T00:00:00Z, used for every PDF date
export TZ=UTC LC_ALL=C.UTF-8
exec python3 "$here/generate.py" "$@"
