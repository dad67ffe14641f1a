#!/usr/bin/env python3
"""check_widths.py WIDTH FILE.html [FILE.html ...] -- no page wider than the window.

Loads each page in headless Chromium (selenium + chromium-driver, as the team's
axe_check.py does) in a window WIDTH pixels wide and compares the page's scroll width
with the window's: one long word in a narrative or a sign-off must wrap, not widen the
page (issue 17, item 6). Prints one line per page: its width and the widest element that
sticks out, if any.

Exit: 0 every page fits, 1 one is wider, 2 setup error.
"""
import os
import shutil
import sys
import tempfile

WIDEST = """
var w = window.innerWidth, best = null, bw = 0;
document.querySelectorAll('body *').forEach(function (e) {
  var r = e.getBoundingClientRect();
  if (r.right > w + 1 && r.width > bw && !e.closest('.visually-hidden')) { best = e; bw = r.width; }
});
return [document.documentElement.scrollWidth, w,
        best ? best.tagName.toLowerCase() + (best.className ? '.' + best.className : '') : ''];
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
        for f in sys.argv[2:]:
            drv.get("file://" + os.path.abspath(f))
            scroll, inner, widest = drv.execute_script(WIDEST)
            ok = scroll <= inner
            failed += 0 if ok else 1
            print(f"{'ok  ' if ok else 'WIDE'} {scroll:>6} px in a {inner} px window  {os.path.basename(f)}"
                  + ("" if ok else f"  (widest: {widest})"))
    finally:
        drv.quit()
        shutil.rmtree(profile, ignore_errors=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
