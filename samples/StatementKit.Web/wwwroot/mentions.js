// An entity's mentions (the JSON contract's entities[].mentions): pointing at an entity's name in the Speakers panel,
// or focusing it with Tab, marks every place the analysis linked to that entity in the article, each kind in its own
// style; moving away removes the marks. The marks wrap the article's own text nodes (no text is inserted, none is
// parsed), so its highlights, offsets and text stay as they were. Loaded before app.js, whose el and $ it uses once the
// page runs.
'use strict';

// The contract's kinds in the order the counts name them, with their plurals. The styles (app.css, .kind-*) group them:
// names, aliases and acronyms; titles and descriptors; pronouns.
const mentionKinds = new Map([
  ['name', 'names'], ['alias', 'aliases'], ['acronym', 'acronyms'],
  ['title', 'titles'], ['descriptor', 'descriptors'], ['pronoun', 'pronouns'],
]);

// The entity whose name the pointer is on, and the one whose name has focus; the pointer wins while it is there, so
// pointing at one name and leaving it gives the marks back to the focused one.
const mentionMarking = { pointed: null, focused: null };

function entityMentions(entity) {
  return Array.isArray(entity.mentions) ? entity.mentions : [];
}

// "3 names · 2 pronouns · 1 title": the panel line counting an entity's mentions by kind, in the contract's order (a
// kind this page does not know, from a newer server, comes last), each count styled as its marks are.
function mentionCountLine(entity) {
  const counts = new Map();
  for (const m of entityMentions(entity)) counts.set(m.kind, (counts.get(m.kind) || 0) + 1);
  const kinds = [...mentionKinds.keys()].filter((k) => counts.has(k))
    .concat([...counts.keys()].filter((k) => !mentionKinds.has(k)));
  const line = el('div', 'meta mention-counts');
  if (!kinds.length) { line.textContent = 'no mentions linked'; return line; }
  kinds.forEach((kind, i) => {
    if (i) line.appendChild(document.createTextNode(' · '));
    const count = counts.get(kind);
    const noun = count === 1 ? kind : mentionKinds.get(kind) || kind + 's';
    line.appendChild(el('span', 'kind-' + kind, count + ' ' + noun));
  });
  return line;
}

// Makes an entity's name in the Speakers panel mark its mentions while the pointer is on it or it has focus.
function attachMentionMarks(nameNode, entity) {
  nameNode.tabIndex = 0;
  nameNode.classList.add('entity-name');
  nameNode.addEventListener('mouseenter', () => { mentionMarking.pointed = entity; refreshMentionMarks(); });
  nameNode.addEventListener('mouseleave', () => { mentionMarking.pointed = null; refreshMentionMarks(); });
  nameNode.addEventListener('focus', () => { mentionMarking.focused = entity; refreshMentionMarks(); });
  nameNode.addEventListener('blur', () => { mentionMarking.focused = null; refreshMentionMarks(); });
}

// A new analysis: no name is pointed at or focused any more (its node is gone, and a removed node gets no blur).
function resetMentionMarks() {
  mentionMarking.pointed = null;
  mentionMarking.focused = null;
}

// Draws the marks of the entity pointed at or focused, if any; also called after the article is drawn anew.
function refreshMentionMarks() {
  unmarkMentions();
  const entity = mentionMarking.pointed || mentionMarking.focused;
  if (entity) markMentions(entity);
}

function markMentions(entity) {
  const article = $('article');
  const length = article.textContent.length;
  entityMentions(entity).forEach((m, index) => {
    const start = m.start, end = m.start + m.length;
    if (!(start >= 0 && end <= length && end > start)) return;
    // The text nodes the mention covers, found first and wrapped after: wrapping splits the nodes being walked. A
    // mention that crosses highlights (a name half inside a quote) gets one mark per piece, all with the same index.
    const pieces = [];
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    let offset = 0;
    for (let node = walker.nextNode(); node && offset < end; node = walker.nextNode()) {
      const from = Math.max(start - offset, 0), to = Math.min(end - offset, node.length);
      if (from < to) pieces.push([node, from, to]);
      offset += node.length;
    }
    for (const [node, from, to] of pieces) {
      const mark = el('mark', 'entity-mention kind-' + m.kind);
      mark.dataset.mention = String(index);
      mark.dataset.kind = m.kind;
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(node, to);
      range.surroundContents(mark);
    }
  });
}

// Takes the marks out again, joining the text they split, so the article is as it was drawn.
function unmarkMentions() {
  const parents = new Set();
  for (const mark of document.querySelectorAll('#article mark.entity-mention')) {
    parents.add(mark.parentNode);
    mark.replaceWith(...mark.childNodes);
  }
  for (const parent of parents) parent.normalize();
}
