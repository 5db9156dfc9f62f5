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

/*
 * The moderator's desk (/moderation) by keyboard: j and k move between flagged items, and on the item
 * in focus h hides, r restores, d dismisses the flags, l locks, p pins and e goes to its reason field
 * (a reason typed there goes with the next action). Keys typed into a field, or with a modifier, are
 * left alone. The actions post the item's own form, so the server decides as for a click; after the
 * page comes back the item at the same place in the list gets the focus again.
 */
(function () {
    var KEY = 'il-desk-position';
    var ACTIONS = {h: 'hide', r: 'restore', d: 'dismiss', l: 'lock', p: 'pin', a: 'approve'};

    function items() {
        return Array.prototype.slice.call(document.querySelectorAll('.il-desk-item'));
    }

    function current(list) {
        var active = document.activeElement;
        for (var i = 0; i < list.length; i++) {
            if (list[i] === active || list[i].contains(active)) {
                return i;
            }
        }
        return -1;
    }

    function focusItem(list, index) {
        if (list.length === 0) {
            return;
        }
        var item = list[Math.max(0, Math.min(index, list.length - 1))];
        item.focus();
        item.scrollIntoView({block: 'nearest'});
    }

    function typing(target) {
        var tag = target && target.tagName;
        return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (target && target.isContentEditable);
    }

    document.addEventListener('DOMContentLoaded', function () {
        var list = items();
        if (list.length === 0) {
            return;
        }
        list.forEach(function (item) {
            item.setAttribute('tabindex', '-1');
        });
        var remembered = window.sessionStorage ? sessionStorage.getItem(KEY) : null;
        if (remembered !== null && !document.querySelector('.ui-message-error, .ui-messages-error')) {
            focusItem(list, parseInt(remembered, 10) || 0);
        }
        if (window.sessionStorage) {
            sessionStorage.removeItem(KEY);
        }
        document.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && typing(event.target) && current(list) >= 0) {
                focusItem(list, current(list)); // back from the reason field, to pick the action
                return;
            }
            if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) {
                return;
            }
            var at = current(list);
            if (event.key === 'j' || event.key === 'k') {
                focusItem(list, at < 0 ? 0 : at + (event.key === 'j' ? 1 : -1));
                event.preventDefault();
                return;
            }
            if (at < 0) {
                return;
            }
            if (event.key === 'e') {
                var reason = list[at].querySelector('.il-desk-form input[id$=":reason"]');
                if (reason) {
                    reason.focus();
                    event.preventDefault();
                }
                return;
            }
            var action = ACTIONS[event.key];
            var button = action && list[at].querySelector('.il-desk-actions [id$=":' + action + '"]');
            if (button) {
                if (window.sessionStorage) {
                    sessionStorage.setItem(KEY, String(at));
                }
                event.preventDefault();
                button.click();
            }
        });
    });
}());

/*
 * --- themes --- Charts draw on a canvas, which cannot read CSS: their text takes the theme's colour
 * from the page (read after load, when PrimeFaces has made the charts).
 */
(function () {
    function paint() {
        if (!window.Chart || !window.Chart.defaults) {
            return;
        }
        // the text only: a changed default borderColor would turn off Chart.js' automatic series colours
        window.Chart.defaults.color = getComputedStyle(document.body).color;
        var charts = window.Chart.instances || {};
        Object.keys(charts).forEach(function (key) {
            charts[key].update();
        });
    }
    window.addEventListener('load', paint);
}());

/*
 * --- focus after a change --- An Ajax update renders the pressed control or the form again, and the browser
 * drops the focus to the page's top: a keyboard user starts over. After every update whose focus was lost, the
 * focus goes to the first field a message refuses, else back to the control with the id that had it. A page sent
 * back with a field refused (sign-in, sign-up) starts on that field.
 */
(function () {
    var had = null;

    function refusedField() {
        var message = document.querySelector('.ui-message-error');
        var field = message && message.closest('.il-field, form');
        return field && field.querySelector('input:not([type=hidden]):not([disabled]), textarea, select, [role=combobox]');
    }

    function lost() {
        var active = document.activeElement;
        return !active || active === document.body || !document.contains(active);
    }

    function restore() {
        if (!lost()) {
            return;
        }
        var target = refusedField() || (had && document.getElementById(had));
        if (target && typeof target.focus === 'function') {
            target.focus();
        }
    }

    document.addEventListener('DOMContentLoaded', function () {
        if (window.jQuery) { // PrimeFaces' jQuery, certainly loaded by now
            window.jQuery(document).on('pfAjaxSend', function () {
                had = lost() ? null : document.activeElement.id || null;
            }).on('pfAjaxComplete', function () {
                window.setTimeout(restore, 0);
            });
        }
        var field = refusedField();
        if (field) {
            field.focus();
        }
    });
}());
