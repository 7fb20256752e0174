// Runs inside Material's search worker (imported by the copy of the worker the build
// writes; scripts/papersite/search_worker.py). Prepares a reader's query the way the
// index was prepared:
//
// 1. traditional characters and Taiwan/Hong Kong vocabulary become the simplified words
//    the index holds (網路 -> 网络, 佇列 -> 队列), with a table the build derives from
//    OpenCC for the index's own vocabulary (search/zh-variants.json, fetched on the first
//    query only);
// 2. each run of Chinese characters is cut into the index's own words: the cut with the
//    fewest words, each a token of the index (a character on its own when nothing fits).
//    The index was segmented by jieba with the field dictionary, so both sides share
//    one vocabulary.
//
// Returns the query as Material's own segmenter would (words joined by "* "), which
// Material then parses as usual.
(() => {
  "use strict";
  const HAN = /\p{sc=Han}+/gu;
  const MAX_WORD = 12;
  let variants = null;

  function loadVariants() {
    if (variants) return variants;
    variants = { map: {}, longest: 0 };
    try {
      const xhr = new XMLHttpRequest();
      xhr.open("GET", new URL("../../../search/zh-variants.json", self.location).href, false);
      xhr.send();
      if (xhr.status === 200) variants = JSON.parse(xhr.responseText);
    } catch (err) {
      // no table: queries are searched as typed
    }
    return variants;
  }

  function toSimplified(text) {
    const { map, longest } = loadVariants();
    let out = "";
    for (let i = 0; i < text.length; ) {
      let done = false;
      for (let n = Math.min(longest, text.length - i); n > 0; n--) {
        const piece = text.slice(i, i + n);
        if (Object.prototype.hasOwnProperty.call(map, piece)) {
          out += map[piece];
          i += n;
          done = true;
          break;
        }
      }
      if (!done) out += text[i++];
    }
    return out;
  }

  // Fewest index words covering the run; ties go to the cut whose first word is longer.
  function segment(run, index) {
    const n = run.length;
    const best = new Array(n + 1).fill(Infinity);
    const next = new Array(n + 1).fill(n);
    best[n] = 0;
    for (let i = n - 1; i >= 0; i--) {
      for (let j = Math.min(n, i + MAX_WORD); j > i; j--) {
        const word = run.slice(i, j);
        if (j - i > 1 && !(word in index)) continue;
        if (best[j] + 1 < best[i]) {
          best[i] = best[j] + 1;
          next[i] = j;
        }
      }
    }
    const words = [];
    for (let i = 0; i < n; i = next[i]) words.push(run.slice(i, next[i]));
    return words;
  }

  self.paperSearchQuery = (query, index) =>
    toSimplified(query).replace(HAN, (run) => segment(run, index).join("* "));
})();
