#!/usr/bin/env python3
"""check_widths.py WIDTH FILE.html [FILE.html ...] -- no page wider than the window, no word split.

Loads each page in headless Chromium (selenium + chromium-driver, as the team's
axe_check.py does) twice: on screen in a window WIDTH pixels wide, and as printed
(print media, 688 px: the text width of an A4 page with the pages' 14 mm margins).
Each time it compares the page's scroll width with the window's -- one long word in a
narrative or a sign-off must wrap, not widen the page (issue 17, item 6), and a table
must fit the printed page -- and looks for ordinary words broken across two lines
("Directi|on", "Ac|tio|n"; audit finding 3): a run of letters or digits whose rendered
boxes sit on more than one line. Words that may break anywhere are excepted: those in
`.free` (a word of submitted text longer than 24 characters) and in code. Prints one
line per page and pass: its width, the widest element that sticks out, and the split
words, if any.

Exit: 0 every page passes, 1 one fails, 2 setup error.
"""
import os
import shutil
import sys
import tempfile

PRINT_WIDTH = 688

CHECK = r"""
var w = window.innerWidth, best = null, bw = 0;
document.querySelectorAll('body *').forEach(function (e) {
  var r = e.getBoundingClientRect();
  if (r.right > w + 1 && r.width > bw && !e.closest('.visually-hidden')) { best = e; bw = r.width; }
});
var split = [], seen = {};
var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
var word = /[0-9A-Za-z\u00C0-\u024F]{2,}/g;
while (walker.nextNode()) {
  var n = walker.currentNode, p = n.parentElement;
  if (!p || p.closest('.free, code, svg, .visually-hidden, script, style')) continue;
  var m;
  word.lastIndex = 0;
  while ((m = word.exec(n.data)) !== null) {
    var range = document.createRange();
    range.setStart(n, m.index);
    range.setEnd(n, m.index + m[0].length);
    var rects = range.getClientRects(), tops = {}, lines = 0;
    for (var i = 0; i < rects.length; i++) {
      if (rects[i].width <= 0) continue;
      var t = Math.round(rects[i].top);
      if (!tops[t]) { tops[t] = true; lines++; }
    }
    if (lines > 1 && !seen[m[0]]) { seen[m[0]] = true; split.push(m[0]); }
  }
}
return [document.documentElement.scrollWidth, w,
        best ? best.tagName.toLowerCase() + (best.className ? '.' + best.className : '') : '', split];
"""


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: check_widths.py WIDTH FILE.html ...")
    width = int(sys.argv[1])
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        print("check_widths: selenium missing (pip install selenium)", file=sys.stderr)
        sys.exit(2)
    driver = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    if not os.path.exists(driver):
        print("check_widths: chromedriver missing", file=sys.stderr)
        sys.exit(2)
    opts = webdriver.ChromeOptions()
    opts.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    profile = tempfile.mkdtemp(prefix="widths-profile-")
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--hide-scrollbars", f"--window-size={width},1000", f"--user-data-dir={profile}",
              "--force-device-scale-factor=1"):
        opts.add_argument(a)
    drv = webdriver.Chrome(service=Service(executable_path=driver), options=opts)
    failed = 0
    try:
        for media, size in (("screen", width), ("print", PRINT_WIDTH)):
            drv.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": media})
            drv.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                {"width": size, "height": 1000, "deviceScaleFactor": 1, "mobile": False})
            for f in sys.argv[2:]:
                drv.get("file://" + os.path.abspath(f))
                scroll, inner, widest, split = drv.execute_script(CHECK)
                ok = scroll <= inner and not split
                failed += 0 if ok else 1
                notes = ("" if scroll <= inner else f"  (widest: {widest})") + \
                        ("" if not split else f"  (words split: {', '.join(split[:12])})")
                print(f"{'ok  ' if ok else 'FAIL'} {media:6} {scroll:>6} px in a {inner} px window  {os.path.basename(f)}{notes}")
    finally:
        drv.quit()
        shutil.rmtree(profile, ignore_errors=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
