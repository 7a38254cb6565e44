"""Headless Chromium driven by selenium, for the page's browser tests and bench/screenshot.py.

Debian's ``chromium`` and ``chromium-driver`` (``.ci/run`` installs them); both are named
explicitly, so selenium never looks for (or downloads) a browser of its own.
"""

from __future__ import annotations

import os
import shutil

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
DRIVERS = ("chromedriver", "/usr/lib/chromium/chromedriver")


def _first(names: tuple[str, ...]) -> str | None:
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    return None


def missing() -> str | None:
    """Why no browser can be started here, or None when one can."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    if _first(BROWSERS) is None:
        return "no Chromium here (apt-get install chromium chromium-driver; .ci/run does)"
    if _first(DRIVERS) is None:
        return "no chromedriver here (apt-get install chromium-driver; .ci/run does)"
    return None


def start(width: int = 1000, height: int = 700, dark: bool = False):
    """A headless Chromium of that window size (in the dark scheme with ``dark``)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = _first(BROWSERS)
    for arg in ("--headless=new", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                "--force-device-scale-factor=1", f"--window-size={width},{height}"):
        options.add_argument(arg)
    if dark:
        options.add_argument("--force-dark-mode")
    if os.geteuid() == 0:  # Chromium's sandbox refuses root
        options.add_argument("--no-sandbox")
    driver = webdriver.Chrome(options=options, service=Service(_first(DRIVERS)))
    # the window's size holds the browser's frame too: the page gets exactly this much
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
    return driver
