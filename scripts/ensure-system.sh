#!/usr/bin/env bash
# Installs, when missing, the Debian packages the browser tests and `npm run pdf` need:
# Chromium (driven by playwright-core, never downloaded), CJK fonts, poppler's PDF tools, and
# LibreOffice Writer (the Word export's test opens report.docx and annex.docx with it).
# The print faces are TrueType-outline fonts, which Chromium embeds in a PDF as real CID fonts
# (Noto CJK, being CFF-based, would be embedded as Type 3): AR PL UMing (宋/明, the free stand-in
# for 仿宋 and 宋体), AR PL UKai (楷体) and WenQuanYi Zen Hei (黑体).
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
# The font list is read once into a variable: `fc-list | grep -q` under pipefail fails with
# fc-list's SIGPIPE (141) whenever grep stops at an early match, which reinstalled the fonts on
# every run.
fonts=""
if command -v fc-list >/dev/null 2>&1; then fonts="$(fc-list 2>/dev/null || true)"; fi
has_font() { grep -qiF -- "$1" <<<"$fonts"; }
has_font 'Noto Sans CJK' || need+=(fonts-noto-cjk)
has_font 'AR PL UMing' || need+=(fonts-arphic-uming)
has_font 'AR PL UKai' || need+=(fonts-arphic-ukai)
has_font 'WenQuanYi Zen Hei' || need+=(fonts-wqy-zenhei)
[ ${#need[@]} -eq 0 ] && exit 0

echo "安装系统软件包：${need[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
