#!/usr/bin/env bash
# The exchange walk (issue 16, "Done when"): TWO real app processes, a head office and a regional bureau, on two
# database files, under Xvfb (1400×900) with openbox, driven by xdotool clicks at measured positions relative to
# the main window (another layout needs new positions: look at the screenshots); text is pasted with xclip. Usage:
#   scripts/walk_exchange.sh OUT_DIR          # screenshots OUT_DIR/NN_*.png, databases and packets in OUT_DIR
# 1. head office: notice 240 gives three tasks to "Cơ quan thường trú miền Trung" (walk_exchange_setup.py);
#    both sites write identity files and pair with the fingerprint (CLI: exchange identity / pair);
# 2. head office window: Dữ liệu ▸ Trao đổi với đơn vị, "Chờ gửi", "Xuất gói…" to OUT_DIR/usb;
# 3. bureau window: "Nhận gói…" (summary, Áp dụng), board; ticks task 1 off, records progress on task 2, ticks
#    task 3 off with its own result; exports;
# 4. head office window: ticks task 3 off with another result; imports the bureau's packet: the conflict shows
#    side by side, "Lấy bản của đơn vị kia" resolves it; history; the board shows both sites' changes.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(mkdir -p "${1:?usage: walk_exchange.sh OUT_DIR}" && cd "$1" && pwd)"
py="$root/.venv/bin/python"
display=":$((90 + RANDOM % 100))"
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp &
xvfb=$!
sleep 1
DISPLAY="$display" openbox &
openbox=$!
pids=()
trap 'kill "${pids[@]}" "$openbox" "$xvfb" 2>/dev/null || true' EXIT
sleep 1
export DISPLAY="$display"
rm -rf "$out/usb" "$out"/data_* "$out"/home_* "$out"/*.tkdd "$out"/*.png
mkdir -p "$out/usb" "$out/home_head" "$out/home_bureau"
cd "$root"
"$py" scripts/walk_exchange_setup.py "$out"
cli() { SECRETARY_DATA_DIR="$out/data_cli" "$py" -m secretary_app "$@"; }
cli --db "$out/head.sqlite" exchange identity --name "Văn phòng Đảng ủy" -o "$out/head.tkdd"
cli --db "$out/bureau.sqlite" exchange identity --name "CQTT miền Trung" -o "$out/bureau.tkdd"
fp() { "$py" -c "import json, sys; print(json.load(open(sys.argv[1]))['fingerprint'])" "$1"; }
cli --db "$out/head.sqlite" exchange pair "$out/bureau.tkdd" --unit "CQTT MT" --fingerprint "$(fp "$out/bureau.tkdd")"
cli --db "$out/bureau.sqlite" exchange pair "$out/head.tkdd" --fingerprint "$(fp "$out/head.tkdd")"

start() {  # one real app process per site, with its own data folder and settings
    HOME="$out/home_$1" SECRETARY_DATA_DIR="$out/data_$1" QT_QPA_PLATFORM=xcb \
        "$py" -m secretary_app --db "$out/$1.sqlite" >"$out/$1.log" 2>&1 &
    pids+=($!)
    sleep 12
    # The clicks below were measured with this window at (112, 122); they follow it wherever openbox put it
    # (its dialogs open centred on it).
    local win
    win=$(xdotool search --pid "${pids[-1]}" --name "Thư ký" | head -1)
    eval "$(xdotool getwindowgeometry --shell "$win")"
    dx=$((X - 112)) dy=$((Y - 122))
}
dx=0 dy=0
shot() { sleep "${2:-1}"; import -window root "$out/$1.png"; }
click() { xdotool mousemove $(($1 + dx)) $(($2 + dy)) click 1; sleep "${3:-0.6}"; }
# Text is pasted (xclip, then Ctrl+V): xdotool's typing drops Vietnamese letters, more of them under load.
type_text() { printf '%s' "$1" | xclip -selection clipboard; xdotool key ctrl+v; sleep 0.3; }
open_exchange() { click 178 110 1; click 240 247 2; }
exchange_export() { click 290 214; click 1041 700 2; type_text "$out/usb"; xdotool key Return; sleep 3; }
exchange_import() {  # $1: the packet's row in the file dialog
    click 1127 700 2; type_text "$out/usb/"; xdotool key Return; sleep 1; xdotool key Escape; sleep 0.3
    xdotool mousemove $((627 + dx)) $(($1 + dy)) click --repeat 2 --delay 80 1; sleep 3
}
tick() { click 600 "$1"; click 442 285 2; click 755 450; type_text "$2"; click 842 598 2; }
close_dialog() { click 1138 739 1; }
board() { click 230 291 2; }
all_statuses() { click 780 222 1; click 762 266 2; }

start head
open_exchange; shot 01_head_exchange
click 393 214; shot 02_head_pending
exchange_export; shot 03_head_exported
close_dialog; head_win=$(xdotool getactivewindow); xdotool windowminimize "$head_win"
start bureau
open_exchange; exchange_import 306; shot 04_bureau_preview
click 901 629 3; shot 05_bureau_applied
close_dialog; board; shot 06_bureau_board
tick 370 "Đã xong: 12 tin, 3 phóng sự về bão lũ."
click 600 362; click 541 285 2; click 725 470; type_text "Đã gửi giấy mời 40 cộng tác viên, họp ngày 20/12."
click 842 598 2
tick 390 "Đã gửi báo cáo số 15-BC/CQTT."
all_statuses; shot 07_bureau_board_after
open_exchange; click 393 214; shot 08_bureau_pending
exchange_export; shot 09_bureau_exported
close_dialog; bureau_win=$(xdotool getactivewindow); xdotool windowminimize "$bureau_win"
xdotool windowactivate "$head_win"; sleep 1
eval "$(xdotool getwindowgeometry --shell "$head_win")"; dx=$((X - 112)) dy=$((Y - 122))
board; click 535 222; type_text "bau cu"; sleep 1.5
tick 370 "Xong, báo cáo miệng tại giao ban tháng 12."
click 663 453 2; click 535 222; xdotool key ctrl+a; type_text "mien trung"; sleep 1.5
open_exchange; exchange_import 306; shot 10_head_preview
click 901 629 3; shot 11_head_conflict
click 1092 694 2; shot 12_head_resolved
click 572 214; shot 13_head_history
close_dialog; all_statuses; shot 14_head_board
echo "Screenshots in $out"
