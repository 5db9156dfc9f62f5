/*
 * Idealoop's own page script: small, no framework. Marks the page as scripted (so CSS can fold the
 * navigation into a menu on phones), opens and closes that menu, and remembers the browser's time
 * zone in a cookie so that dates are shown in the reader's zone.
 */
(function () {
    document.documentElement.classList.add('il-js');
    try {
        var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        if (zone && document.cookie.indexOf('il_tz=' + zone) < 0) {
            document.cookie = 'il_tz=' + zone + '; path=/; max-age=31536000; SameSite=Lax';
        }
    } catch (ignored) {
        // no Intl: dates stay in UTC
    }
    document.addEventListener('DOMContentLoaded', function () {
        var toggle = document.getElementById('menuToggle');
        var header = document.getElementById('il-header');
        if (!toggle || !header) {
            return;
        }
        toggle.addEventListener('click', function () {
            var open = header.classList.toggle('il-menu-open');
            toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
        });
        document.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && header.classList.contains('il-menu-open')) {
                header.classList.remove('il-menu-open');
                toggle.setAttribute('aria-expanded', 'false');
                toggle.focus();
            }
        });
    });
}());

/*
 * After an Ajax vote the buttons are rendered again; this puts the focus back on the one that was pressed
 * (by its id), so keyboard and screen-reader users stay where they were.
 */
window.Idealoop = window.Idealoop || {};
window.Idealoop.refocus = function (id) {
    var control = document.getElementById(id);
    if (control) {
        control.focus();
    }
};
