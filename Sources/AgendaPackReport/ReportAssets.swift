import Contract
import LayoutModel
import Tables

/// The style sheet and script of a report, written for it and inlined into each HTML file
/// (no network, no build step). The colours of the kinds come from `OverlayKind`.
enum ReportAssets {
    static let css = """
        *{box-sizing:border-box}
        html,body{margin:0;height:100%;overflow:hidden}
        body{display:flex;font:13px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#111827;background:#e5e7eb}
        #panel{flex:0 0 380px;width:380px;min-width:0;display:flex;flex-direction:column;height:100vh;background:#fff;border-right:1px solid #d1d5db}
        #panel header{padding:10px 12px 6px;border-bottom:1px solid #e5e7eb}
        #panel h1{font-size:15px;margin:0 0 2px;word-break:break-all}
        .back{font-size:12px}
        .facts{margin:0 0 6px;color:#4b5563}
        .meeting{display:grid;grid-template-columns:auto 1fr;gap:0 8px;margin:0;cursor:pointer}
        .meeting dt{color:#6b7280}.meeting dd{margin:0}
        .meeting.sel{background:#fef9c3}
        #legend{min-inline-size:0;border:0;border-bottom:1px solid #e5e7eb;margin:0;padding:6px 12px;display:grid;grid-template-columns:1fr 1fr;gap:1px 8px}
        #legend legend{display:none}
        #legend label{white-space:nowrap;cursor:pointer}
        #legend label.none{color:#9ca3af}
        #legend .n{color:#6b7280}
        .sw{display:inline-block;width:10px;height:10px;margin:0 5px 0 3px;background:var(--c);border-radius:2px;vertical-align:-1px}
        #records{list-style:none;margin:0;padding:0;overflow:auto;flex:1 1 50%}
        .entry{padding:2px 10px 2px 6px;border-left:3px solid transparent;cursor:pointer;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
        .entry:hover{background:#f3f4f6}
        .entry.sel{background:#fef9c3;border-left-color:var(--c)}
        .entry .pg{display:inline-block;min-width:2.6em;color:#6b7280;font-variant-numeric:tabular-nums}
        #detail{flex:0 1 40%;display:flex;flex-direction:column;border-top:1px solid #d1d5db;min-height:120px}
        #detail h2{font-size:12px;margin:0;padding:6px 12px;background:#f9fafb;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
        #json{margin:0;padding:6px 12px;overflow:auto;flex:1;font:12px/1.35 ui-monospace,"DejaVu Sans Mono",monospace;white-space:pre-wrap;word-break:break-word}
        #thumbs{flex:0 0 118px;width:118px;height:100vh;overflow:auto;padding:8px 6px;background:#d1d5db}
        #thumbs a{display:block;text-align:center;margin:0 0 8px;color:#374151;text-decoration:none;font-size:11px}
        #thumbs img{display:block;margin:0 auto;max-width:100%;height:auto;background:#fff;box-shadow:0 1px 2px rgba(0,0,0,.3)}
        #thumbs a.on img{outline:3px solid #2563eb}
        #pages{flex:1 1 0;min-width:0;height:100vh;overflow:auto;padding:12px 24px 40px 30px}
        .page{margin:0 auto 18px}
        .page-head{margin:0 0 4px;color:#374151;max-width:100%}
        .page-head .label{color:#6b7280}
        .marker,.span-tag{display:inline-block;margin:1px 2px;padding:0 6px;border-radius:9px;font-size:11px;color:#fff;background:var(--c);cursor:pointer}
        .marker.sel,.span-tag.sel{outline:3px solid #facc15}
        .sheet{position:relative;background:#fff;box-shadow:0 1px 3px rgba(0,0,0,.35)}
        .render{position:absolute;left:0;top:0;width:100%;height:100%;user-select:none}
        .box{position:absolute;min-width:2px;min-height:2px;cursor:pointer;box-shadow:inset 0 0 0 1.5px var(--c);background:color-mix(in srgb,var(--c) 7%,transparent)}
        .box:hover{background:color-mix(in srgb,var(--c) 18%,transparent)}
        .box.k-furniture{box-shadow:inset 0 0 0 1px var(--c);background:repeating-linear-gradient(135deg,color-mix(in srgb,var(--c) 12%,transparent) 0 4px,transparent 4px 8px)}
        .box.k-date{box-shadow:inset 0 -2px 0 0 var(--c);background:color-mix(in srgb,var(--c) 10%,transparent)}
        .box.sel{box-shadow:inset 0 0 0 3px var(--c);background:color-mix(in srgb,var(--c) 22%,transparent);outline:3px solid #facc15;outline-offset:1px}
        .tag{position:absolute;left:0;bottom:100%;padding:0 3px;font:10px/12px system-ui,sans-serif;color:#fff;background:var(--c);white-space:nowrap;pointer-events:none;opacity:.9}
        .grid{position:absolute;left:0;top:0;right:0;bottom:0;pointer-events:none}
        .grid i{position:absolute;display:block}
        .grid .col{border-left:1px solid var(--c);opacity:.75}
        .grid .row{border-top:1px solid var(--c);opacity:.75}
        .grid .cell{box-shadow:inset 0 0 0 .5px var(--c)}
        .grid .head{background:color-mix(in srgb,var(--c) 20%,transparent)}
        .span-bar{position:absolute;left:-14px;top:0;bottom:0;width:7px;background:var(--c);cursor:pointer;opacity:.8}
        .span-bar.first{top:8px;border-top-left-radius:4px;border-top-right-radius:4px}
        .span-bar.last{bottom:8px;border-bottom-left-radius:4px;border-bottom-right-radius:4px}
        .span-bar.sel{opacity:1;outline:3px solid #facc15}
        .blank-hatch{position:absolute;left:0;top:0;width:100%;height:100%;pointer-events:none;background:repeating-linear-gradient(45deg,rgba(161,98,7,.10) 0 12px,transparent 12px 24px)}

        """

    static let script = """
        "use strict";
        (function () {
          var pack = JSON.parse(document.getElementById("pack-data").textContent);
          var list = document.getElementById("records");
          var pages = document.getElementById("pages");
          var json = document.getElementById("json");
          var title = document.getElementById("detail-title");
          function withKey(key) { return document.querySelectorAll('[data-key="' + CSS.escape(key) + '"]'); }
          // A record's key is its path in the pack's JSON: "agenda_items/3", "pages/2/furniture/0".
          function lookup(key) {
            var value = pack;
            key.split("/").forEach(function (part) {
              if (value !== undefined && value !== null) value = value[/^[0-9]+$/.test(part) ? Number(part) : part];
            });
            return value;
          }
          // Two-space JSON with boxes and other arrays of numbers kept on one line.
          function pretty(value) {
            return JSON.stringify(value, null, 2).replace(/\\[\\s+(-?[0-9.e+-]+(?:,\\s+-?[0-9.e+-]+)*)\\s+\\]/g, function (m, inner) {
              return "[" + inner.split(/,\\s+/).join(", ") + "]";
            });
          }
          function select(key, from) {
            document.querySelectorAll(".sel").forEach(function (e) { e.classList.remove("sel"); });
            var all = Array.prototype.slice.call(withKey(key));
            all.forEach(function (e) { e.classList.add("sel"); });
            var entry = list.querySelector('.entry[data-key="' + CSS.escape(key) + '"]');
            title.textContent = entry ? entry.textContent : key;
            var record = lookup(key);
            json.textContent = record === undefined ? "(not in the pack)" : pretty(record);
            document.body.setAttribute("data-selected", key);
            if (from === "list") {
              var target = all.filter(function (e) { return e.classList.contains("box"); })[0]
                || all.filter(function (e) { return pages.contains(e); })[0];
              if (target) target.scrollIntoView({ block: "center", inline: "nearest" });
            } else if (entry) {
              entry.scrollIntoView({ block: "nearest" });
            }
            if (history.replaceState) history.replaceState(null, "", "#r=" + encodeURIComponent(key));
          }
          list.addEventListener("click", function (e) {
            var entry = e.target.closest(".entry");
            if (entry) select(entry.getAttribute("data-key"), "list");
          });
          list.addEventListener("keydown", function (e) {
            var entry = e.target.closest(".entry");
            if (!entry) return;
            var next = null;
            if (e.key === "Enter") { select(entry.getAttribute("data-key"), "list"); e.preventDefault(); return; }
            if (e.key === "ArrowDown") next = entry.nextElementSibling;
            if (e.key === "ArrowUp") next = entry.previousElementSibling;
            while (next && next.offsetParent === null) next = e.key === "ArrowDown" ? next.nextElementSibling : next.previousElementSibling;
            if (next) { next.focus(); select(next.getAttribute("data-key"), "list"); e.preventDefault(); }
          });
          var meeting = document.querySelector(".meeting[data-key]");
          if (meeting) meeting.addEventListener("click", function () { select("meeting", "list"); });
          pages.addEventListener("click", function (e) {
            var hit = e.target.closest("[data-key]");
            if (hit) select(hit.getAttribute("data-key"), "page");
          });
          document.getElementById("legend").addEventListener("change", function (e) {
            var kind = e.target.getAttribute("data-kind");
            if (kind) document.body.classList.toggle("hide-" + kind, !e.target.checked);
          });
          var thumbs = document.getElementById("thumbs");
          if (thumbs && "IntersectionObserver" in window) {
            var shown = null;
            var observer = new IntersectionObserver(function (seen) {
              seen.forEach(function (s) {
                if (!s.isIntersecting) return;
                var link = thumbs.querySelector('a[data-page="' + s.target.getAttribute("data-page") + '"]');
                if (!link || link === shown) return;
                if (shown) shown.classList.remove("on");
                link.classList.add("on");
                shown = link;
                link.scrollIntoView({ block: "nearest" });
              });
            }, { root: pages, rootMargin: "-45% 0px -45% 0px" });
            document.querySelectorAll(".page").forEach(function (p) { observer.observe(p); });
          }
          if (location.hash.indexOf("#r=") === 0) select(decodeURIComponent(location.hash.slice(3)), "list");
          document.body.setAttribute("data-ready", "1");
        })();

        """
}
