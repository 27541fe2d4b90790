// The browser's time zone for "Your time" and the event listings. The page is written on the
// server, in Django's date formats, for the zone in the "tz" cookie; this file sets that
// cookie from Intl (every page, so usually before the first event page is opened). The page
// cache keys pages on the cookie's zone (kb_site/page_cache.py), so each zone gets its own
// copy. Without this file the visitor's own choice or the event's zone is shown, labelled.
(function () {
  "use strict";
  var zone;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch (error) {
    return;
  }
  // IANA names are letters, digits, "_", "/", "+" and "-": nothing a cookie must escape.
  if (!zone || !/^[A-Za-z0-9_+\-/]+$/.test(zone)) {
    return;
  }

  function cookieZone() {
    var match = document.cookie.match(/(?:^|;\s*)tz=([^;]*)/);
    return match ? match[1] : "";
  }

  if (cookieZone() !== zone) {
    document.cookie = "tz=" + zone + "; path=/; max-age=31536000; SameSite=Lax" +
      (location.protocol === "https:" ? "; Secure" : "");
  }

  // A page with times (it has the zone form) that was written before the server knew the
  // zone: ask for it again, now with the cookie. Not over a zone the visitor chose, not when
  // cookies are off, and once per zone in this tab: a zone the server does not know (an
  // older zone database) would otherwise reload every page.
  var form = document.querySelector("form[data-zone-source]");
  if (!form || form.getAttribute("data-zone-source") === "chosen" ||
      form.getAttribute("data-zone") === zone || cookieZone() !== zone) {
    return;
  }
  try {
    if (sessionStorage.getItem("tz-reloaded") === zone) {
      return;
    }
    sessionStorage.setItem("tz-reloaded", zone);
  } catch (error) {
    return;
  }
  location.reload();
})();
