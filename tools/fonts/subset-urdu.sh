#!/usr/bin/env bash
# Makes public/fonts/noto-naskh-arabic-urdu-400.<hash>.woff2: the regular weight of Noto Naskh
# Arabic (from @fontsource/noto-naskh-arabic, SIL Open Font License, public/fonts/OFL.txt) cut
# down to what Urdu is written with: its letters, the Arabic ones Urdu keyboards also type (a
# word drawn in two faces would not join), the diacritics, punctuation, the joiners and marks.
# Every OpenType feature is kept, so the letters still join. Left out, because they stand
# alone and the system's Arabic-script face draws them as well: digits (the app writes Latin
# ones; Urdu digits typed into a field show in the system face), the number signs and the
# honorific ligatures and marks (their glyphs alone weighed 6 KB). 53 KB become 12 KB, which
# a slow phone connection feels on every first Urdu page (README, "Performance").
# The name carries the first characters of the file's SHA-256, so browsers may keep it for a
# year (next.config.js) and a new cut is a new address; the script writes that address into
# app/ui/urdu-font.ts and app/globals.css. The list is also the @font-face's unicode-range
# (a unit test compares them): run this again after changing either, and commit the font.
#   apt-get install -y fonttools python3-brotli && tools/fonts/subset-urdu.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
UNICODES="U+060C,U+061B-061F,U+0621-063A,U+0640-0654,U+0670,U+0679,U+067E,U+0686,U+0688,U+0691,U+0698,U+06A9,U+06AF,U+06BA-06BB,U+06BE,U+06C0-06C3,U+06CC,U+06D2-06D4,U+200C-200F"
out=$(mktemp --suffix=.woff2)
pyftsubset node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2 \
  --unicodes="$UNICODES" --layout-features='*' --flavor=woff2 --output-file="$out"
name="noto-naskh-arabic-urdu-400.$(sha256sum "$out" | cut -c1-10).woff2"
rm -f public/fonts/noto-naskh-arabic-urdu-400.*.woff2
mv "$out" "public/fonts/$name"
chmod 644 "public/fonts/$name"
sed -i -E "s#/fonts/noto-naskh-arabic-urdu-400\.[0-9a-f]+\.woff2#/fonts/$name#" app/ui/urdu-font.ts app/globals.css
cp node_modules/@fontsource/noto-naskh-arabic/LICENSE public/fonts/OFL.txt
