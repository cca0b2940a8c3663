// Shared helpers. Everything an article carries is untrusted: it only ever reaches the page as text nodes
// (textContent, createTextNode), never as HTML, so a title holding <script> or onerror= shows as text.
"use strict";

window.App = (function () {
  function el(tag, props, children) {
    const node = document.createElement(tag);
    if (props) {
      for (const [k, v] of Object.entries(props)) {
        if (v === null || v === undefined) continue;
        if (k === "text") node.textContent = v;
        else if (k === "className") node.className = v;
        else node.setAttribute(k, v);
      }
    }
    for (const c of children || []) {
      if (c !== null && c !== undefined) node.append(c);
    }
    return node;
  }

  // A snippet marks matched words with [ and ]: text between them becomes <mark>, all of it as text nodes.
  function snippet(parent, text) {
    let open = null;
    let buf = "";
    const flush = () => {
      if (!buf) return;
      (open || parent).append(document.createTextNode(buf));
      buf = "";
    };
    for (const ch of text || "") {
      if (ch === "[" && !open) { flush(); open = document.createElement("mark"); }
      else if (ch === "]" && open) { flush(); parent.append(open); open = null; }
      else buf += ch;
    }
    flush();
    if (open) parent.append(open);
    return parent;
  }

  async function api(path, params) {
    const url = new URL("api/v1/" + path, document.baseURI);
    for (const [k, v] of Object.entries(params || {})) {
      if (v !== null && v !== undefined && v !== "") url.searchParams.set(k, v);
    }
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      const detail = body && (body.detail || body.title);
      throw new Error(detail || ("HTTP " + response.status));
    }
    return body;
  }

  // Quotes a facet value for the query language; a quote inside cannot be written there, so it is dropped.
  function term(field, value) {
    const v = String(value).replace(/"/g, " ").trim();
    return field + ":" + (/\s/.test(v) ? '"' + v + '"' : v);
  }

  function searchUrl(q, page) {
    const p = new URLSearchParams();
    if (q) p.set("q", q);
    if (page && page > 1) p.set("page", String(page));
    const s = p.toString();
    return "./" + (s ? "?" + s : "");
  }

  return { el, snippet, api, term, searchUrl };
})();
