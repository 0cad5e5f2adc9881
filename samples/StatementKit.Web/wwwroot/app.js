// The review page. Every piece of article text reaches the page through textContent or createTextNode, never through
// innerHTML: a hostile article stays text. Highlights come from the offsets of the JSON contract alone.
'use strict';

const unknownColour = '#e9ecef';
const modeNames = { accurate: 'accurate (rules + learnt tagger)', fast: 'fast (rules alone)' };
// The statement types of the JSON contract, in its order; the page has one checkbox for each.
const statementTypes = ['assertion', 'belief', 'fact', 'eventuality'];

// The n-th speaker's colour, generated so that any number of speakers get distinct colours: hues step by the golden
// angle (never repeating, neighbours far apart), lightness cycles through three light bands so that even close hues
// differ, and every colour stays light enough for the dark article text on it to keep its contrast.
function speakerColour(n) {
  const hue = (n * 137.508) % 360;
  const lightness = [84, 76, 90][Math.floor(n / 7) % 3];
  return 'hsl(' + hue.toFixed(1) + ', 75%, ' + lightness + '%)';
}

function plural(count, noun) {
  return count + ' ' + (count === 1 ? noun : noun + 's');
}
const $ = (id) => document.getElementById(id);

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

// Colours by speaker, in order of first appearance, so the same article always gets the same colours.
function speakerColours(statements) {
  const colours = new Map();
  for (const s of statements) {
    const name = s.speaker ? s.speaker.name : null;
    if (name !== null && !colours.has(name)) colours.set(name, speakerColour(colours.size));
  }
  return colours;
}

// The types whose checkbox is ticked. A statement of a type the page does not know (a newer server) is always shown.
function shownTypes() {
  const shown = new Set(statementTypes);
  for (const box of document.querySelectorAll('#types input[type=checkbox]')) if (!box.checked) shown.delete(box.value);
  return (s) => shown.has(s.type) || !statementTypes.includes(s.type);
}

// Cuts the text at every span boundary; each piece knows the statements, cues, mentions and flag evidence covering it.
// Statements that are filtered out (and their cues and speaker mentions) cover nothing: their text stays, unmarked.
function segments(text, analysis, isShown) {
  const spans = [];
  analysis.statements.forEach((s, index) => {
    if (!isShown(s)) return;
    const pieces = s.parts && s.parts.length ? s.parts : [s];
    for (const p of pieces) spans.push({ start: p.start, end: p.start + p.length, type: 'statement', index });
    if (s.cue) spans.push({ start: s.cue.start, end: s.cue.start + s.cue.length, type: 'cue', index });
    if (s.speaker && s.speaker.mention) {
      const m = s.speaker.mention;
      spans.push({ start: m.start, end: m.start + m.length, type: 'mention', index });
    }
  });
  analysis.reliability.flags.forEach((f, index) => {
    for (const e of f.evidence) spans.push({ start: e.start, end: e.start + e.length, type: 'evidence', index });
  });
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start);
  const cuts = new Set([0, text.length]);
  for (const s of valid) { cuts.add(s.start); cuts.add(s.end); }
  const bounds = [...cuts].sort((a, b) => a - b);
  const starts = valid.slice().sort((a, b) => a.start - b.start);
  const open = [];
  let next = 0;
  const result = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i], to = bounds[i + 1];
    while (next < starts.length && starts[next].start <= from) open.push(starts[next++]);
    for (let j = open.length - 1; j >= 0; j--) if (open[j].end <= from) open.splice(j, 1);
    result.push({ from, to, covering: open.slice() });
  }
  return result;
}

function renderArticle(analysis, colours, isShown) {
  const article = $('article');
  article.replaceChildren();
  const text = analysis.text || '';
  for (const seg of segments(text, analysis, isShown)) {
    const piece = text.slice(seg.from, seg.to);
    if (seg.covering.length === 0) { article.appendChild(document.createTextNode(piece)); continue; }
    const node = el('span', '', piece);
    // The innermost (shortest) statement wins the colour, so a quote nested in another shows its own speaker.
    const statements = seg.covering.filter((c) => c.type === 'statement')
      .sort((a, b) => (a.end - a.start) - (b.end - b.start));
    if (statements.length) {
      const index = statements[0].index;
      const s = analysis.statements[index];
      const colour = s.speaker ? colours.get(s.speaker.name) : unknownColour;
      node.classList.add('statement', s.kind);
      node.style.backgroundColor = colour;
      node.style.setProperty('--speaker', colour);
      node.dataset.statement = String(index);
    }
    if (seg.covering.some((c) => c.type === 'cue')) node.classList.add('cue');
    const mention = seg.covering.find((c) => c.type === 'mention');
    if (mention) {
      const s = analysis.statements[mention.index];
      node.classList.add('mention');
      node.style.setProperty('--speaker', s.speaker ? colours.get(s.speaker.name) : '#888');
    }
    const flags = seg.covering.filter((c) => c.type === 'evidence').map((c) => c.index);
    if (flags.length) {
      node.classList.add('evidence');
      node.dataset.flags = [...new Set(flags)].join(' ');
    }
    article.appendChild(node);
  }
}

function renderLegend(analysis, colours) {
  const legend = $('legend');
  legend.replaceChildren();
  const entries = [...colours.entries()];
  if (analysis.statements.some((s) => !s.speaker)) entries.push(['(speaker unknown)', unknownColour]);
  for (const [name, colour] of entries) {
    const item = el('span', 'swatch');
    const chip = el('i');
    chip.style.backgroundColor = colour;
    item.append(chip, el('span', '', name));
    legend.appendChild(item);
  }
  if (!entries.length) legend.appendChild(el('span', 'none', 'No statements found.'));
}

// The type filter's counts: how many statements of each type the article has, and how many the ticked types show.
function renderTypeCounts(analysis, isShown) {
  for (const count of document.querySelectorAll('#types .count')) {
    count.textContent = String(analysis.statements.filter((s) => s.type === count.dataset.type).length);
  }
  const shown = analysis.statements.filter(isShown).length;
  $('types-shown').textContent = analysis.statements.length === 0 ? ''
    : shown === analysis.statements.length
    ? '(all ' + plural(shown, 'statement') + ' shown)'
    : '(' + shown + ' of ' + plural(analysis.statements.length, 'statement') + ' shown)';
}

function excerpt(text, length) {
  const flat = String(text || '').replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : flat.slice(0, length - 1) + '…';
}

// Marks a statement's pieces in the article (from the list: focus or pointer), so the list and the text meet.
function markStatement(index, on) {
  for (const node of document.querySelectorAll('#article [data-statement]')) {
    node.classList.toggle('focused', on && node.dataset.statement === String(index));
  }
}

// Every statement in text order: speaker, type, kind and confidence, then the start of its text. Each item is
// reachable by keyboard; focusing it marks the statement in the article, and Enter or a click scrolls there.
function renderStatements(analysis, colours) {
  const list = $('statements');
  list.replaceChildren();
  analysis.statements.forEach((s, index) => {
    const item = el('li', 'statement-item');
    item.tabIndex = 0;
    item.dataset.statement = String(index);
    item.dataset.type = s.type;
    const head = el('div', 'head');
    const swatch = el('span', 'swatch');
    const chip = el('i');
    chip.style.backgroundColor = s.speaker ? colours.get(s.speaker.name) : unknownColour;
    swatch.append(chip, el('span', 'who', s.speaker ? s.speaker.name : 'speaker unknown'));
    head.append(swatch, el('span', 'type-badge ' + s.type, s.type),
      el('span', 'meta', s.kind + ' · ' + Math.round(s.confidence * 100) + '%'));
    item.append(head, el('div', 'text', excerpt(s.text, 140)));
    const scroll = () => {
      const first = document.querySelector('#article [data-statement="' + index + '"]');
      if (first) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    };
    item.addEventListener('mouseenter', () => markStatement(index, true));
    item.addEventListener('mouseleave', () => markStatement(index, false));
    item.addEventListener('focus', () => markStatement(index, true));
    item.addEventListener('blur', () => markStatement(index, false));
    item.addEventListener('click', scroll);
    item.addEventListener('keydown', (event) => { if (event.key === 'Enter') scroll(); });
    list.appendChild(item);
  });
  list.appendChild(el('li', 'none', analysis.statements.length ? 'No statements of the ticked types.' : 'No statements found.'));
}

// Applies the type filter to the article's highlights, the statement list and the counts.
function applyTypes(analysis, colours) {
  const isShown = shownTypes();
  renderArticle(analysis, colours, isShown);
  let shown = 0;
  for (const item of document.querySelectorAll('#statements .statement-item')) {
    item.hidden = !isShown(analysis.statements[Number(item.dataset.statement)]);
    if (!item.hidden) shown++;
  }
  document.querySelector('#statements .none').hidden = shown > 0;
  renderTypeCounts(analysis, isShown);
  // The article was drawn anew: light up again the evidence of the flag last pointed at.
  const active = document.querySelector('#flags .flag.active');
  if (active) showEvidence(Number(active.dataset.flag), active);
  refreshMentionMarks();
}

function renderSpeakers(analysis, colours) {
  const list = $('speakers');
  list.replaceChildren();
  for (const entity of analysis.entities) {
    const item = el('li', 'speaker');
    const name = el('div', 'name');
    const said = analysis.statements.filter((s) => s.speaker && s.speaker.name === entity.name).length;
    if (colours.has(entity.name)) {
      const swatch = el('span', 'swatch');
      const box = el('i');
      box.style.backgroundColor = colours.get(entity.name);
      swatch.appendChild(box);
      name.appendChild(swatch);
    }
    // Pointing at the name, or focusing it, marks its mentions in the article (mentions.js).
    const nameNode = el('span', '', entity.name);
    attachMentionMarks(nameNode, entity);
    name.appendChild(nameNode);
    item.appendChild(name);
    const facts = [entity.kind];
    if (entity.kind === 'person') facts.push('gender: ' + entity.gender);
    facts.push(said + (said === 1 ? ' statement' : ' statements'));
    item.appendChild(el('div', 'meta', facts.join(' · ')));
    item.appendChild(mentionCountLine(entity));
    if (entity.aliases.length) item.appendChild(el('div', 'meta', 'also: ' + entity.aliases.join(', ')));
    if (entity.roles && entity.roles.length) item.appendChild(el('div', 'meta', 'roles: ' + entity.roles.join(', ')));
    if (entity.genderEvidence && entity.genderEvidence.length) {
      const evidence = entity.genderEvidence.map((e) => e.source + ' → ' + e.gender + (e.excerpt ? ' (“' + e.excerpt.text + '”)' : ''));
      item.appendChild(el('div', 'evidence-list', 'gender evidence: ' + evidence.join('; ')));
    }
    list.appendChild(item);
  }
  if (!analysis.entities.length) list.appendChild(el('li', 'none', 'No speakers found.'));
}

function renderReliability(analysis) {
  const reliability = analysis.reliability;
  const level = $('level');
  level.className = 'level ' + reliability.level;
  level.textContent = reliability.level === 'unknown' ? 'unknown: nothing to assess' : reliability.level + ' ' + reliability.score + '/100';

  const chain = $('chain');
  chain.replaceChildren();
  if (reliability.attributionChain.length) {
    chain.appendChild(el('span', 'link', 'the speakers'));
    for (const outlet of reliability.attributionChain) {
      chain.append(el('span', 'arrow', '→'), el('span', 'link', outlet));
    }
    chain.append(el('span', 'arrow', '→'), el('span', 'link', 'this article'));
  } else {
    chain.appendChild(el('span', 'none', 'No relayed reporting found.'));
  }

  const flags = $('flags');
  flags.replaceChildren();
  reliability.flags.forEach((flag, index) => {
    const item = el('li', 'flag ' + flag.severity);
    item.tabIndex = 0;
    item.dataset.flag = String(index);
    item.append(el('b', '', flag.severity + ' · ' + flag.code), el('span', '', flag.message));
    const activate = () => showEvidence(index, item);
    item.addEventListener('mouseenter', activate);
    item.addEventListener('focus', activate);
    item.addEventListener('click', () => {
      activate();
      const first = document.querySelector('.evidence.active');
      if (first) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    });
    flags.appendChild(item);
  });
  if (!reliability.flags.length) flags.appendChild(el('li', 'none', 'No flags raised.'));
}

function showEvidence(index, item) {
  for (const node of document.querySelectorAll('.evidence.active, .flag.active')) node.classList.remove('active');
  item.classList.add('active');
  for (const node of document.querySelectorAll('.evidence')) {
    if (node.dataset.flags.split(' ').includes(String(index))) node.classList.add('active');
  }
}

function attachTooltip(analysis) {
  const tooltip = $('tooltip');
  const article = $('article');
  article.onmousemove = (event) => {
    const target = event.target.closest('[data-statement]');
    if (!target) { tooltip.hidden = true; return; }
    const s = analysis.statements[Number(target.dataset.statement)];
    const lines = [
      s.speaker ? s.speaker.name : 'speaker unknown',
      'kind: ' + s.kind + ' · type: ' + s.type,
      'mention: ' + (s.speaker && s.speaker.mention ? '“' + s.speaker.mention.text + '”' : '—'),
      'method: ' + (s.speaker ? s.speaker.method + ' (' + Math.round(s.speaker.confidence * 100) + '%)' : '—'),
      'confidence: ' + Math.round(s.confidence * 100) + '%' + (s.cue ? ' · cue “' + s.cue.text + '”' : ''),
    ];
    tooltip.replaceChildren(...lines.map((line) => el('div', '', line)));
    tooltip.hidden = false;
    tooltip.style.left = Math.min(event.clientX + 14, window.innerWidth - 350) + 'px';
    tooltip.style.top = (event.clientY + 16) + 'px';
  };
  article.onmouseleave = () => { tooltip.hidden = true; };
}

// The analysis on show, so that ticking a type redraws it.
let current = null;

function render(analysis) {
  const colours = speakerColours(analysis.statements);
  current = { analysis, colours };
  resetMentionMarks();
  $('title').textContent = analysis.metadata.title || analysis.title || analysis.path;
  const by = [analysis.metadata.byline, analysis.metadata.siteName, analysis.metadata.published].filter(Boolean);
  $('byline').textContent = by.join(' · ');
  renderLegend(analysis, colours);
  renderStatements(analysis, colours);
  applyTypes(analysis, colours);
  renderSpeakers(analysis, colours);
  renderReliability(analysis);
  attachTooltip(analysis);
  $('result').hidden = false;
}

function status(message, isError) {
  const node = $('status');
  node.textContent = message;
  node.classList.toggle('error', Boolean(isError));
}

let currentName = 'pasted article';

async function analyse(event) {
  event.preventDefault();
  const content = $('content').value;
  if (!content.trim()) { status('Paste an article, upload a file or choose a bundled article first.', true); return; }
  status('Analysing…');
  try {
    const response = await fetch('api/analyze', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ content, format: $('format').value, name: currentName, mode: $('mode').value || undefined }),
    });
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      status('The analysis failed: ' + (problem.detail || response.status), true);
      return;
    }
    const analysis = await response.json();
    render(analysis);
    status(plural(analysis.statements.length, 'statement') + ', ' + plural(analysis.entities.length, 'speaker') + ', ' +
      plural(analysis.reliability.flags.length, 'flag') + ' (' + (modeNames[analysis.mode] || analysis.mode) + ' mode).');
    document.body.dataset.analysed = 'true';
  } catch (error) {
    status('The analysis failed: ' + error.message, true);
  }
}

async function loadBundled() {
  const name = $('bundled').value;
  if (!name) return;
  const response = await fetch('api/articles/' + encodeURIComponent(name));
  $('content').value = await response.text();
  currentName = name;
  status('Loaded ' + name + '.');
}

function loadUpload() {
  const file = $('upload').files[0];
  if (!file) return;
  const reader = new FileReader();
  reader.onload = () => { $('content').value = String(reader.result); currentName = file.name; status('Loaded ' + file.name + '.'); };
  reader.readAsText(file);
}

async function start() {
  $('input').addEventListener('submit', analyse);
  $('bundled').addEventListener('change', loadBundled);
  $('upload').addEventListener('change', loadUpload);
  $('content').addEventListener('input', () => { currentName = 'pasted article'; });
  // The ticked types stay ticked from one analysis to the next (all are ticked at first).
  $('types').addEventListener('change', () => { if (current) applyTypes(current.analysis, current.colours); });
  const names = await (await fetch('api/articles')).json();
  for (const name of names) $('bundled').appendChild(el('option', '', name));
  // The modes the server offers, its default first; a choice only when there are two.
  const modes = await (await fetch('api/modes')).json();
  for (const mode of modes) {
    const option = el('option', '', modeNames[mode] || mode);
    option.value = mode;
    $('mode').appendChild(option);
  }
  $('mode-choice').hidden = modes.length < 2;
  document.body.dataset.ready = 'true';
}

start();
