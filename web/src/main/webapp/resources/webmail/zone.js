// The browser's time zone, so that dates are shown in it (until the user sets one in the settings).
(function () {
    var field = document.getElementById('login:timeZone');
    if (field && window.Intl) {
        field.value = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
    }
})();
