#!/usr/bin/env bash
# Makes app/fonts/noto-naskh-arabic-urdu-400.woff2: the regular weight of Noto Naskh Arabic
# (from @fontsource/noto-naskh-arabic, SIL Open Font License, app/fonts/OFL.txt) cut down to
# what Urdu is written with: its letters, the Arabic ones Urdu keyboards also type, the
# diacritics and honorifics, punctuation, both kinds of digits and the joiners and marks.
# Every OpenType feature is kept, so the letters still join. 53 KB become 18 KB, which a slow
# phone connection feels on every first Urdu page (README, "Performance").
# The list is also the @font-face's unicode-range in app/globals.css (a unit test compares
# them): run this again after changing either, and commit the font.
#   apt-get install -y fonttools python3-brotli && tools/fonts/subset-urdu.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
UNICODES="U+0600-0605,U+060C,U+0610-061F,U+0621-063A,U+0640-0655,U+0660-066D,U+0670,U+0679,U+067E,U+0686,U+0688,U+0691,U+0698,U+06A9,U+06AF,U+06BA-06BB,U+06BE,U+06C0-06C3,U+06CC,U+06D2-06D4,U+06F0-06F9,U+200C-200F,U+FDF2,U+FDFA"
pyftsubset node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2 \
  --unicodes="$UNICODES" --layout-features='*' --flavor=woff2 \
  --output-file=app/fonts/noto-naskh-arabic-urdu-400.woff2
cp node_modules/@fontsource/noto-naskh-arabic/LICENSE app/fonts/OFL.txt
