/*
 * TechVoice playground page: a Slack-like window over the playground's JSON API (/playground/api/).
 * Every piece of data is put on the page with textContent or DOM attributes, never as HTML, because it is
 * whatever people typed (and the app's Block Kit around it).
 */
(function () {
  'use strict';

  var API = '/playground/api/';
  var POLL_MS = 700;
  var ROLE_LABELS = {
    technician: 'Technician',
    champion: 'Technician champion',
    lead: 'Institutional lead',
    admin: 'Workspace admin'
  };
  var EMOJI = {
    tada: '🎉', clap: '👏', heart: '❤️', '+1': '👍', thumbsup: '👍', raised_hands: '🙌', star: '⭐',
    white_check_mark: '✅', heavy_check_mark: '✔️', x: '❌', warning: '⚠️', wave: '👋', bulb: '💡',
    sparkles: '✨', trophy: '🏆', medal: '🏅', speech_balloon: '💬', memo: '📝', page_facing_up: '📄',
    bar_chart: '📊', calendar: '📅', lock: '🔒', mag: '🔍', information_source: 'ℹ️', eyes: '👀',
    rocket: '🚀', seedling: '🌱', microscope: '🔬', books: '📚', handshake: '🤝', muscle: '💪',
    hourglass: '⌛', hourglass_flowing_sand: '⏳', inbox_tray: '📥', outbox_tray: '📤', email: '📧',
    clipboard: '📋', pushpin: '📌', link: '🔗', bell: '🔔', no_entry: '⛔', question: '❓',
    grey_question: '❔', exclamation: '❗', heavy_plus_sign: '➕', pencil: '✏️', pencil2: '✏️',
    wastebasket: '🗑️', star2: '🌟', smile: '😄', slightly_smiling_face: '🙂', partying_face: '🥳',
    bust_in_silhouette: '👤', closed_lock_with_key: '🔐', envelope: '✉️', globe_with_meridians: '🌐',
    large_green_circle: '🟢', large_orange_circle: '🟠', large_yellow_circle: '🟡', red_circle: '🔴',
    no_entry_sign: '🚫', ok_hand: '👌', robot_face: '🤖', see_no_evil: '🙈', thinking_face: '🤔',
    white_circle: '⚪', black_circle: '⚫', arrow_right: '➡️', point_right: '👉', hammer_and_wrench: '🛠️',
    alarm_clock: '⏰', arrows_counterclockwise: '🔄', ballot_box_with_ballot: '🗳️', ballot_box_with_check: '☑️',
    card_index: '📇', heavy_multiplication_x: '✖️', leftwards_arrow_with_hook: '↩️', newspaper: '📰', no_bell: '🔕',
    repeat: '🔁'
  };
  var REACTION_CHOICES = ['tada', 'clap', 'heart', '+1', 'raised_hands', 'star'];

  var session = null;
  var personaId = null;
  var current = { kind: 'conv', id: null };
  var snapshot = null;
  var lastVersion = null;
  var polling = false;
  var pollTimer = null;
  var renderedKeys = { pane: null, home: null, modals: [] };
  /** Read marks already sent to the server (persona:conversation -> ts), so each is sent once. */
  var sentReads = {};
  /** After a command is sent: the conversation and its latest ts then, so the view can scroll to the reply. */
  var awaitingReply = null;
  var names = {};

  // ---------- small DOM helpers ----------

  function $(testId) {
    return document.querySelector('[data-testid="' + testId + '"]');
  }

  function el(tag, props) {
    var node = document.createElement(tag);
    if (props) {
      Object.keys(props).forEach(function (key) {
        var value = props[key];
        if (value === undefined || value === null || value === false) {
          return;
        }
        if (key === 'text') {
          node.textContent = value;
        } else if (key === 'className') {
          node.className = value;
        } else if (key === 'on') {
          Object.keys(value).forEach(function (type) { node.addEventListener(type, value[type]); });
        } else if (key === 'testid') {
          node.setAttribute('data-testid', value);
        } else if (key in node && key !== 'list' && key !== 'form') {
          node[key] = value;
        } else {
          node.setAttribute(key, value === true ? '' : String(value));
        }
      });
    }
    for (var i = 2; i < arguments.length; i++) {
      append(node, arguments[i]);
    }
    return node;
  }

  function append(parent, child) {
    if (child === null || child === undefined || child === false) {
      return;
    }
    if (Array.isArray(child)) {
      child.forEach(function (c) { append(parent, c); });
    } else if (typeof child === 'string') {
      parent.appendChild(document.createTextNode(child));
    } else {
      parent.appendChild(child);
    }
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }

  /** Only web links (and the playground's own paths) become clickable; anything else stays text. */
  function safeUrl(url, allowLocal) {
    if (typeof url !== 'string') {
      return null;
    }
    var trimmed = url.trim();
    if (/^https?:\/\//i.test(trimmed) || /^mailto:/i.test(trimmed) || (allowLocal && /^\/playground\//.test(trimmed))) {
      return trimmed;
    }
    return null;
  }

  function decodeEntities(text) {
    return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  }

  function emojify(text) {
    return text.replace(/:([a-z0-9_+\-]+):/g, function (match, name) {
      return EMOJI[name] || match;
    });
  }

  // ---------- HTTP ----------

  function getJson(path) {
    return fetch(API + path, { headers: { Accept: 'application/json' }, cache: 'no-store' }).then(readJson);
  }

  function postJson(path, body) {
    return fetch(API + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body)
    }).then(readJson);
  }

  function readJson(response) {
    return response.text().then(function (body) {
      var parsed = null;
      try {
        parsed = body ? JSON.parse(body) : {};
      } catch (e) {
        parsed = null;
      }
      if (!response.ok && (!parsed || parsed.ok === undefined)) {
        var reason = parsed && (parsed.error || parsed.message) ? (parsed.error || parsed.message) : body;
        throw new Error('The playground answered ' + response.status + (reason ? ': ' + String(reason).slice(0, 300) : ''));
      }
      if (parsed === null) {
        throw new Error('The playground answered something that is not JSON.');
      }
      return parsed;
    });
  }

  function showNotice(text, kind) {
    var notice = $('notice');
    notice.textContent = text;
    notice.className = 'notice' + (kind ? ' notice-' + kind : '');
    notice.hidden = !text;
  }

  function afterPost(result, onError) {
    if (result && result.ok === false && result.error) {
      (onError || function (message) { showNotice(message, 'error'); })(result.error);
    }
    pollSoon();
    return result;
  }

  function failed(error) {
    showNotice(error && error.message ? error.message : String(error), 'error');
  }

  // ---------- names and mrkdwn ----------

  function nameOf(userId) {
    return names[userId] || userId;
  }

  function personaById(id) {
    return (session.personas || []).filter(function (p) { return p.id === id; })[0] || null;
  }

  function channelName(id) {
    var found = (session.channels || []).filter(function (c) { return c.id === id; })[0];
    if (found) {
      return found.name;
    }
    var conv = conversations().filter(function (c) { return c.id === id; })[0];
    return conv ? conv.name : id;
  }

  /**
   * Slack's mrkdwn, turned into DOM nodes: code blocks, quotes, *bold*, _italic_, ~strike~, `code`, links and
   * mentions in angle brackets, and the three entities Slack escapes.
   */
  function mrkdwn(text, parent) {
    var parts = String(text).split('```');
    parts.forEach(function (part, index) {
      if (index % 2 === 1) {
        parent.appendChild(el('pre', { className: 'mk-pre', text: decodeEntities(part.replace(/^\n/, '')) }));
        return;
      }
      var lines = part.split('\n');
      var quote = null;
      lines.forEach(function (line, lineIndex) {
        var quoted = /^(&gt;|>)\s?/.exec(line);
        if (quoted) {
          if (!quote) {
            quote = el('blockquote', { className: 'mk-quote' });
            parent.appendChild(quote);
          } else {
            quote.appendChild(el('br'));
          }
          inline(line.slice(quoted[0].length), quote);
          return;
        }
        quote = null;
        inline(line, parent);
        if (lineIndex < lines.length - 1) {
          parent.appendChild(el('br'));
        }
      });
    });
    return parent;
  }

  var INLINE = /<([^<>|]+)(?:\|([^<>]*))?>|`([^`\n]+)`|\*([^*\n]+)\*|_([^_\n]+)_|~([^~\n]+)~/g;

  function boundaryOk(text, start, end) {
    var before = start === 0 ? '' : text.charAt(start - 1);
    var after = end >= text.length ? '' : text.charAt(end);
    return !/[A-Za-z0-9]/.test(before) && !/[A-Za-z0-9]/.test(after);
  }

  function inline(text, parent) {
    INLINE.lastIndex = 0;
    var position = 0;
    var match;
    var pattern = new RegExp(INLINE.source, 'g');
    while ((match = pattern.exec(text)) !== null) {
      var start = match.index;
      var end = start + match[0].length;
      var formatting = match[1] === undefined && match[3] === undefined;
      if (formatting && !boundaryOk(text, start, end)) {
        pattern.lastIndex = start + 1;
        continue;
      }
      plain(text.slice(position, start), parent);
      if (match[1] !== undefined) {
        parent.appendChild(angle(match[1], match[2]));
      } else if (match[3] !== undefined) {
        parent.appendChild(el('code', { className: 'mk-code', text: decodeEntities(match[3]) }));
      } else if (match[4] !== undefined) {
        inline(match[4], parent.appendChild(el('strong')));
      } else if (match[5] !== undefined) {
        inline(match[5], parent.appendChild(el('em')));
      } else {
        inline(match[6], parent.appendChild(el('s')));
      }
      position = end;
    }
    plain(text.slice(position), parent);
  }

  function plain(text, parent) {
    if (text) {
      parent.appendChild(document.createTextNode(emojify(decodeEntities(text))));
    }
  }

  function angle(target, label) {
    var shown = label === undefined ? null : decodeEntities(label);
    if (target.charAt(0) === '@') {
      var userId = target.slice(1);
      return el('span', { className: 'mention' + (userId === personaId ? ' mention-me' : ''), 'data-user': userId,
        text: '@' + (names[userId] || shown || userId) });
    }
    if (target.charAt(0) === '#') {
      return el('span', { className: 'mention mention-channel', text: '#' + (shown || channelName(target.slice(1))) });
    }
    if (target.charAt(0) === '!') {
      var special = target.slice(1);
      if (special.indexOf('subteam^') === 0) {
        return el('span', { className: 'mention', text: shown || '@group' });
      }
      if (special.indexOf('date^') === 0) {
        return el('span', { className: 'mk-date', testid: 'date', text: slackDate(special, shown) });
      }
      return el('span', { className: 'mention mention-special', text: '@' + (shown || special) });
    }
    var url = safeUrl(decodeEntities(target));
    if (!url) {
      return document.createTextNode(shown || decodeEntities(target));
    }
    return el('a', { href: url, target: '_blank', rel: 'noopener noreferrer', className: 'mk-link', text: shown || url });
  }

  /**
   * Slack's date markup, <!date^epoch^format|fallback>, as Slack's client shows it: in the reader's own time zone
   * (here, the browser's). Tokens the playground does not know leave the fallback.
   */
  function slackDate(special, fallback) {
    var parts = special.split('^');
    var seconds = parseInt(parts[1], 10);
    if (!isFinite(seconds) || parts.length < 3) {
      return fallback || special;
    }
    var d = new Date(seconds * 1000);
    var known = true;
    var text = parts[2].replace(/\{([a-z_]+)\}/g, function (match, token) {
      switch (token) {
        case 'date_num': return d.toLocaleDateString('en-CA');
        case 'date': return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
        case 'date_short': return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
        case 'date_long': return d.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
        case 'date_pretty':
        case 'date_short_pretty':
        case 'date_long_pretty': return prettyDay(d, token);
        case 'time': return d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
        case 'time_secs': return d.toLocaleTimeString('en-GB');
        default: known = false; return match;
      }
    });
    return known ? text : (fallback || special);
  }

  function prettyDay(d, token) {
    var today = new Date();
    var day = new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
    var start = new Date(today.getFullYear(), today.getMonth(), today.getDate()).getTime();
    var diff = Math.round((day - start) / 86400000);
    if (diff === 0) { return 'today'; }
    if (diff === -1) { return 'yesterday'; }
    if (diff === 1) { return 'tomorrow'; }
    var month = token === 'date_short_pretty' ? 'short' : 'long';
    return d.toLocaleDateString('en-GB', token === 'date_long_pretty'
      ? { weekday: 'long', day: 'numeric', month: month, year: 'numeric' } : { day: 'numeric', month: month, year: 'numeric' });
  }

  /** A Block Kit text object: plain_text as is, mrkdwn parsed. */
  function textObject(text, tag, className) {
    var node = el(tag || 'span', { className: className });
    if (!text) {
      return node;
    }
    if (typeof text === 'string') {
      node.textContent = text;
    } else if (text.type === 'mrkdwn') {
      mrkdwn(text.text || '', node);
    } else {
      node.textContent = text.emoji === false ? (text.text || '') : emojify(text.text || '');
    }
    return node;
  }

  function plainOf(text) {
    if (!text) {
      return '';
    }
    return typeof text === 'string' ? text : (text.text || '');
  }

  // ---------- Block Kit ----------

  /**
   * Renders blocks into a container. {@code ctx} says where they live: its {@code container} goes into block
   * actions, {@code form} is true in modals (input blocks then collect values for view_submission).
   */
  function renderBlocks(blocks, ctx) {
    var wrap = el('div', { className: 'bk-blocks' });
    (blocks || []).forEach(function (block, index) {
      var node = renderBlock(block, index, ctx);
      if (node) {
        wrap.appendChild(node);
      }
    });
    return wrap;
  }

  function blockIdOf(block, index) {
    return block.block_id || ('block-' + index);
  }

  function renderBlock(block, index, ctx) {
    var blockId = blockIdOf(block, index);
    switch (block.type) {
      case 'header':
        return el('div', { className: 'bk-header', 'data-block-id': blockId }, textObject(block.text, 'h2'));
      case 'divider':
        return el('hr', { className: 'bk-divider' });
      case 'section':
        return renderSection(block, blockId, ctx);
      case 'context':
        return el('div', { className: 'bk-context', 'data-block-id': blockId },
          (block.elements || []).map(function (item) {
            if (item.type === 'image') {
              return image(item, 'bk-context-image');
            }
            return textObject(item, 'span', 'bk-context-text');
          }));
      case 'image':
        return el('figure', { className: 'bk-image', 'data-block-id': blockId },
          block.title ? textObject(block.title, 'figcaption') : null, image(block, 'bk-image-img'));
      case 'actions':
        return el('div', { className: 'bk-actions', 'data-block-id': blockId },
          (block.elements || []).map(function (element, i) {
            return renderElement(element, blockId, ctx, 'action-' + i);
          }));
      case 'input':
        return renderInput(block, blockId, ctx);
      case 'rich_text':
        return el('div', { className: 'bk-section' }, richText(block));
      default:
        return el('div', { className: 'bk-unsupported', text: 'This message contains a ' + block.type
          + ' block, which the playground does not show.' });
    }
  }

  function image(item, className) {
    var url = safeUrl(item.image_url || item.url);
    if (!url) {
      return el('span', { className: 'bk-image-alt', text: item.alt_text || 'image' });
    }
    return el('img', { className: className, src: url, alt: item.alt_text || '', loading: 'lazy' });
  }

  function richText(block) {
    var node = el('div', { className: 'bk-rich' });
    (block.elements || []).forEach(function (section) {
      var line = el(section.type === 'rich_text_preformatted' ? 'pre' : 'div');
      (section.elements || []).forEach(function (item) {
        if (item.type === 'text') {
          var span = el('span', { text: item.text || '' });
          if (item.style && item.style.bold) { span.style.fontWeight = '700'; }
          if (item.style && item.style.italic) { span.style.fontStyle = 'italic'; }
          line.appendChild(span);
        } else if (item.type === 'link') {
          line.appendChild(angle(item.url || '', item.text));
        } else if (item.type === 'user') {
          line.appendChild(angle('@' + item.user_id));
        } else if (item.type === 'emoji') {
          line.appendChild(document.createTextNode(EMOJI[item.name] || ':' + item.name + ':'));
        }
      });
      node.appendChild(line);
    });
    return node;
  }

  function renderSection(block, blockId, ctx) {
    var body = el('div', { className: 'bk-section-body' });
    if (block.text) {
      body.appendChild(textObject(block.text, 'div', 'bk-section-text'));
    }
    if (block.fields && block.fields.length) {
      body.appendChild(el('div', { className: 'bk-fields' },
        block.fields.map(function (field) { return textObject(field, 'div', 'bk-field'); })));
    }
    var section = el('div', { className: 'bk-section', 'data-block-id': blockId }, body);
    if (block.accessory) {
      section.appendChild(el('div', { className: 'bk-accessory' },
        block.accessory.type === 'image' ? image(block.accessory, 'bk-accessory-image')
          : renderElement(block.accessory, blockId, ctx, 'accessory')));
    }
    return section;
  }

  function renderInput(block, blockId, ctx) {
    var element = block.element || {};
    var actionId = element.action_id || 'input';
    var id = 'in-' + (ctx.viewId || 'x') + '-' + blockId;
    var field = el('div', { className: 'bk-input', 'data-block-id': blockId, 'data-action-id': actionId,
      testid: 'input-' + blockId });
    var label = el('label', { className: 'bk-label', htmlFor: id }, textObject(block.label, 'span'));
    if (block.optional) {
      label.appendChild(el('span', { className: 'bk-optional', text: ' (optional)' }));
    }
    field.appendChild(label);
    var control = inputControl(element, id, blockId, ctx);
    field.appendChild(control.node);
    field.tvCollect = control.collect;
    field.tvRequired = !block.optional;
    field.tvElement = element;
    field.appendChild(el('div', { className: 'bk-error', testid: 'error-' + blockId, role: 'alert', hidden: true }));
    if (block.hint) {
      field.appendChild(textObject(block.hint, 'div', 'bk-hint'));
    }
    return field;
  }

  // ---------- option helpers ----------

  function optionsOf(element) {
    if (element.options) {
      return element.options;
    }
    var all = [];
    (element.option_groups || []).forEach(function (group) { all = all.concat(group.options || []); });
    return all;
  }

  function optionPayload(option) {
    if (!option) {
      return null;
    }
    var out = { text: option.text, value: option.value };
    if (option.description) {
      out.description = option.description;
    }
    return out;
  }

  /** Everyone a user picker offers: the whole directory when the session lists it, else the switchable personas. */
  function userOptions() {
    return (session.people && session.people.length ? session.people : session.personas || []).map(function (p) {
      return { value: p.id, label: p.name + (p.title ? ' — ' + p.title : '') };
    });
  }

  function channelOptions() {
    return (session.channels || []).map(function (c) { return { value: c.id, label: '#' + c.name }; });
  }

  function nativeSelect(id, placeholder, choices, initial, multiple) {
    var select = el('select', { id: id, className: 'bk-select', multiple: !!multiple });
    if (!multiple) {
      select.appendChild(el('option', { value: '', text: placeholder || 'Select an item' }));
    }
    choices.forEach(function (choice) {
      if (choice.group) {
        var group = el('optgroup', { label: choice.group });
        choice.options.forEach(function (o) { group.appendChild(el('option', { value: o.value, text: o.label })); });
        select.appendChild(group);
      } else {
        select.appendChild(el('option', { value: choice.value, text: choice.label }));
      }
    });
    select.value = initial || '';
    return select;
  }

  function staticChoices(element) {
    if (element.option_groups) {
      return element.option_groups.map(function (group) {
        return { group: plainOf(group.label), options: (group.options || []).map(function (o) {
          return { value: o.value, label: emojify(plainOf(o.text)) };
        }) };
      });
    }
    return (element.options || []).map(function (o) { return { value: o.value, label: emojify(plainOf(o.text)) }; });
  }

  /**
   * A multi-select as Slack draws it: chosen items as removable chips, and a menu to add more.
   * {@code choices} are {value,label}; returns the node and a getter of the chosen values.
   */
  function multiPicker(id, placeholder, choices, initialValues, onChange) {
    var chosen = (initialValues || []).slice();
    var node = el('div', { className: 'bk-multi' });
    var chips = el('div', { className: 'bk-chips', testid: 'chips' });
    var add = el('select', { id: id, className: 'bk-select bk-multi-add', testid: 'multi-add' });
    function label(value) {
      var found = choices.filter(function (c) { return c.value === value; })[0];
      return found ? found.label : value;
    }
    function draw() {
      clear(chips);
      chosen.forEach(function (value) {
        chips.appendChild(el('span', { className: 'bk-chip', 'data-value': value }, label(value),
          el('button', { type: 'button', className: 'bk-chip-remove', 'aria-label': 'Remove ' + label(value), text: '×',
            on: { click: function () {
              chosen = chosen.filter(function (v) { return v !== value; });
              draw();
              if (onChange) { onChange(chosen.slice()); }
            } } })));
      });
      clear(add);
      add.appendChild(el('option', { value: '', text: chosen.length ? 'Add another…' : (placeholder || 'Select items') }));
      choices.forEach(function (c) {
        if (chosen.indexOf(c.value) < 0) {
          add.appendChild(el('option', { value: c.value, text: c.label }));
        }
      });
      add.value = '';
    }
    add.addEventListener('change', function () {
      if (add.value) {
        chosen.push(add.value);
        draw();
        if (onChange) { onChange(chosen.slice()); }
      }
    });
    draw();
    node.appendChild(chips);
    node.appendChild(add);
    return { node: node, values: function () { return chosen.slice(); } };
  }

  function flatChoices(choices) {
    var out = [];
    choices.forEach(function (c) { out = c.group ? out.concat(c.options) : out.concat([c]); });
    return out;
  }

  function findOption(element, value) {
    return optionsOf(element).filter(function (o) { return o.value === value; })[0] || null;
  }

  // ---------- interactive elements (in input blocks) ----------

  /** The control of an input block and how it reads back, in the shape Slack puts in view.state.values. */
  function inputControl(element, id, blockId, ctx) {
    var type = element.type;
    var placeholder = plainOf(element.placeholder);
    var node;
    switch (type) {
      case 'plain_text_input':
      case 'url_text_input':
      case 'email_text_input':
      case 'number_input': {
        if (element.multiline) {
          node = el('textarea', { id: id, className: 'bk-text bk-textarea', rows: 4 });
        } else {
          var inputType = { url_text_input: 'url', email_text_input: 'email', number_input: 'text' }[type] || 'text';
          node = el('input', { id: id, className: 'bk-text', type: inputType });
          if (type === 'number_input') {
            node.inputMode = element.is_decimal_allowed ? 'decimal' : 'numeric';
          }
        }
        if (placeholder) { node.placeholder = placeholder; }
        if (element.max_length) { node.maxLength = element.max_length; }
        if (element.initial_value !== undefined && element.initial_value !== null) { node.value = element.initial_value; }
        node.setAttribute('data-testid', 'field-' + blockId);
        return { node: node, collect: function () {
          return { type: type, value: node.value === '' ? null : node.value };
        } };
      }
      case 'static_select': {
        node = nativeSelect(id, placeholder, staticChoices(element), element.initial_option && element.initial_option.value);
        node.setAttribute('data-testid', 'field-' + blockId);
        return { node: node, collect: function () {
          return { type: type, selected_option: optionPayload(findOption(element, node.value)) };
        } };
      }
      case 'multi_static_select': {
        var initial = (element.initial_options || []).map(function (o) { return o.value; });
        var picker = multiPicker(id, placeholder, flatChoices(staticChoices(element)), initial);
        picker.node.setAttribute('data-testid', 'field-' + blockId);
        return { node: picker.node, collect: function () {
          return { type: type, selected_options: picker.values().map(function (v) { return optionPayload(findOption(element, v)); }) };
        } };
      }
      case 'users_select': {
        node = nativeSelect(id, placeholder || 'Select a person', userOptions(), element.initial_user);
        node.setAttribute('data-testid', 'field-' + blockId);
        return { node: node, collect: function () { return { type: type, selected_user: node.value || null }; } };
      }
      case 'multi_users_select': {
        var users = multiPicker(id, placeholder || 'Select people', userOptions(), element.initial_users);
        users.node.setAttribute('data-testid', 'field-' + blockId);
        return { node: users.node, collect: function () { return { type: type, selected_users: users.values() }; } };
      }
      case 'conversations_select':
      case 'channels_select': {
        var key = type === 'channels_select' ? 'selected_channel' : 'selected_conversation';
        var initialConv = type === 'channels_select' ? element.initial_channel : element.initial_conversation;
        node = nativeSelect(id, placeholder || 'Select a channel', channelOptions(), initialConv);
        node.setAttribute('data-testid', 'field-' + blockId);
        return { node: node, collect: function () {
          var out = { type: type };
          out[key] = node.value || null;
          return out;
        } };
      }
      case 'multi_conversations_select':
      case 'multi_channels_select': {
        var multiKey = type === 'multi_channels_select' ? 'selected_channels' : 'selected_conversations';
        var initialConvs = type === 'multi_channels_select' ? element.initial_channels : element.initial_conversations;
        var convs = multiPicker(id, placeholder || 'Select channels', channelOptions(), initialConvs);
        convs.node.setAttribute('data-testid', 'field-' + blockId);
        return { node: convs.node, collect: function () {
          var out = { type: type };
          out[multiKey] = convs.values();
          return out;
        } };
      }
      case 'datepicker': {
        node = el('input', { id: id, className: 'bk-text bk-date', type: 'date', testid: 'field-' + blockId });
        if (element.initial_date) { node.value = element.initial_date; }
        return { node: node, collect: function () { return { type: type, selected_date: node.value || null }; } };
      }
      case 'timepicker': {
        node = el('input', { id: id, className: 'bk-text bk-date', type: 'time', testid: 'field-' + blockId });
        if (element.initial_time) { node.value = element.initial_time; }
        return { node: node, collect: function () { return { type: type, selected_time: node.value || null }; } };
      }
      case 'datetimepicker': {
        node = el('input', { id: id, className: 'bk-text bk-date', type: 'datetime-local', testid: 'field-' + blockId });
        if (element.initial_date_time) { node.value = localDateTime(element.initial_date_time); }
        return { node: node, collect: function () {
          var millis = node.value ? new Date(node.value).getTime() : NaN;
          return { type: type, selected_date_time: isNaN(millis) ? null : Math.floor(millis / 1000) };
        } };
      }
      case 'checkboxes':
      case 'radio_buttons': {
        var group = choiceGroup(element, id, blockId, type === 'checkboxes', null);
        return { node: group.node, collect: function () {
          var picked = group.values().map(function (v) { return optionPayload(findOption(element, v)); });
          return type === 'checkboxes' ? { type: type, selected_options: picked }
            : { type: type, selected_option: picked[0] || null };
        } };
      }
      default:
        return { node: renderElement(element, blockId, ctx, 'input'), collect: function () { return null; } };
    }
  }

  function localDateTime(epochSeconds) {
    var d = new Date(epochSeconds * 1000);
    function two(n) { return (n < 10 ? '0' : '') + n; }
    return d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate()) + 'T' + two(d.getHours()) + ':' + two(d.getMinutes());
  }

  /** Checkboxes or radio buttons, with each option's description. */
  function choiceGroup(element, id, blockId, multiple, onChange) {
    var initial = multiple ? (element.initial_options || []).map(function (o) { return o.value; })
      : (element.initial_option ? [element.initial_option.value] : []);
    var node = el('div', { className: 'bk-choices', role: multiple ? 'group' : 'radiogroup', testid: 'field-' + blockId });
    var inputs = [];
    (element.options || []).forEach(function (option, i) {
      var input = el('input', { type: multiple ? 'checkbox' : 'radio', name: id, value: option.value, id: id + '-' + i,
        checked: initial.indexOf(option.value) >= 0 });
      if (onChange) {
        input.addEventListener('change', function () { onChange(option, input.checked); });
      }
      inputs.push(input);
      node.appendChild(el('label', { className: 'bk-choice', htmlFor: id + '-' + i, 'data-value': option.value },
        input, el('span', { className: 'bk-choice-text' }, textObject(option.text, 'span'),
          option.description ? textObject(option.description, 'span', 'bk-choice-description') : null)));
    });
    return { node: node, values: function () {
      return inputs.filter(function (i) { return i.checked; }).map(function (i) { return i.value; });
    } };
  }

  // ---------- interactive elements (block actions) ----------

  function renderElement(element, blockId, ctx, fallbackId) {
    var actionId = element.action_id || fallbackId;
    function fire(extra) {
      var body = { persona: personaId, container: ctx.container, blockId: blockId, actionId: actionId, type: element.type };
      Object.keys(extra || {}).forEach(function (k) { body[k] = extra[k]; });
      if (ctx.form && ctx.collect) {
        body.values = ctx.collect();
      }
      return postJson('action', body).then(function (r) { return afterPost(r); }).catch(failed);
    }
    switch (element.type) {
      case 'button': {
        var url = safeUrl(element.url);
        var className = 'btn' + (element.style === 'primary' ? ' btn-primary' : element.style === 'danger' ? ' btn-danger' : '');
        var button;
        if (url) {
          button = el('a', { className: className, href: url, target: '_blank', rel: 'noopener noreferrer',
            'data-action-id': actionId }, textObject(element.text, 'span'));
          button.addEventListener('click', function () { fire({ value: element.value || null, text: plainOf(element.text) }); });
          return button;
        }
        button = el('button', { type: 'button', className: className, 'data-action-id': actionId,
          'data-value': element.value || '' }, textObject(element.text, 'span'));
        button.addEventListener('click', function () {
          withConfirm(element.confirm, function () { fire({ value: element.value || null, text: plainOf(element.text) }); });
        });
        return button;
      }
      case 'overflow':
        return overflowMenu(element, actionId, function (option) {
          var go = function () { fire({ selectedOption: optionPayload(option) }); };
          var url = safeUrl(option.url);
          if (url) {
            window.open(url, '_blank', 'noopener');
          }
          withConfirm(element.confirm, go);
        });
      case 'static_select': {
        var select = nativeSelect(null, plainOf(element.placeholder), staticChoices(element),
          element.initial_option && element.initial_option.value);
        select.setAttribute('data-action-id', actionId);
        select.addEventListener('change', function () {
          var option = findOption(element, select.value);
          if (option) {
            withConfirm(element.confirm, function () { fire({ selectedOption: optionPayload(option) }); });
          }
        });
        return select;
      }
      case 'multi_static_select': {
        var picker = multiPicker(null, plainOf(element.placeholder), flatChoices(staticChoices(element)),
          (element.initial_options || []).map(function (o) { return o.value; }), function (values) {
            fire({ selectedOptions: values.map(function (v) { return optionPayload(findOption(element, v)); }) });
          });
        picker.node.setAttribute('data-action-id', actionId);
        return picker.node;
      }
      case 'users_select': {
        var users = nativeSelect(null, plainOf(element.placeholder) || 'Select a person', userOptions(), element.initial_user);
        users.setAttribute('data-action-id', actionId);
        users.addEventListener('change', function () { if (users.value) { fire({ selectedUser: users.value }); } });
        return users;
      }
      case 'multi_users_select': {
        var people = multiPicker(null, plainOf(element.placeholder) || 'Select people', userOptions(), element.initial_users,
          function (values) { fire({ selectedUsers: values }); });
        people.node.setAttribute('data-action-id', actionId);
        return people.node;
      }
      case 'conversations_select':
      case 'channels_select': {
        var channels = nativeSelect(null, plainOf(element.placeholder) || 'Select a channel', channelOptions(),
          element.initial_conversation || element.initial_channel);
        channels.setAttribute('data-action-id', actionId);
        channels.addEventListener('change', function () {
          if (channels.value) {
            fire(element.type === 'channels_select' ? { selectedChannel: channels.value } : { selectedConversation: channels.value });
          }
        });
        return channels;
      }
      case 'datepicker': {
        var date = el('input', { type: 'date', className: 'bk-text bk-date', 'data-action-id': actionId });
        if (element.initial_date) { date.value = element.initial_date; }
        date.addEventListener('change', function () { if (date.value) { fire({ selectedDate: date.value }); } });
        return date;
      }
      case 'checkboxes':
      case 'radio_buttons': {
        var multiple = element.type === 'checkboxes';
        var group = choiceGroup(element, 'act-' + blockId + '-' + actionId, blockId, multiple, function () {
          var values = group.values().map(function (v) { return optionPayload(findOption(element, v)); });
          fire(multiple ? { selectedOptions: values } : { selectedOption: values[0] || null });
        });
        group.node.setAttribute('data-action-id', actionId);
        return group.node;
      }
      case 'image':
        return image(element, 'bk-accessory-image');
      default:
        return el('span', { className: 'bk-unsupported', text: element.type + ' (not shown in the playground)' });
    }
  }

  function overflowMenu(element, actionId, choose) {
    var wrap = el('div', { className: 'bk-overflow', 'data-action-id': actionId });
    var menu = el('div', { className: 'menu', role: 'menu', hidden: true });
    var toggle = el('button', { type: 'button', className: 'btn btn-icon', 'aria-label': 'More actions', text: '⋯',
      'aria-haspopup': 'menu' });
    (element.options || []).forEach(function (option) {
      menu.appendChild(el('button', { type: 'button', className: 'menu-item', role: 'menuitem', 'data-value': option.value,
        on: { click: function () { menu.hidden = true; choose(option); } } }, textObject(option.text, 'span')));
    });
    toggle.addEventListener('click', function (event) {
      event.stopPropagation();
      closeMenus(menu);
      menu.hidden = !menu.hidden;
    });
    wrap.appendChild(toggle);
    wrap.appendChild(menu);
    return wrap;
  }

  function closeMenus(except) {
    Array.prototype.forEach.call(document.querySelectorAll('.menu'), function (m) {
      if (m !== except) {
        m.hidden = true;
      }
    });
  }

  /** Slack's confirmation dialog before a button or menu choice goes through. */
  function withConfirm(confirm, go) {
    if (!confirm) {
      go();
      return;
    }
    var overlay = $('confirm-overlay');
    clear(overlay);
    function close() { overlay.hidden = true; clear(overlay); }
    var yes = el('button', { type: 'button', className: 'btn ' + (confirm.style === 'danger' ? 'btn-danger' : 'btn-primary'),
      testid: 'confirm-yes', on: { click: function () { close(); go(); } } }, textObject(confirm.confirm || 'Yes', 'span'));
    var no = el('button', { type: 'button', className: 'btn', testid: 'confirm-no', on: { click: close } },
      textObject(confirm.deny || 'Cancel', 'span'));
    overlay.appendChild(el('div', { className: 'dialog', role: 'alertdialog', testid: 'confirm-dialog' },
      textObject(confirm.title || 'Are you sure?', 'h2', 'dialog-title'),
      textObject(confirm.text, 'div', 'dialog-text'),
      el('div', { className: 'dialog-buttons' }, no, yes)));
    overlay.hidden = false;
    yes.focus();
  }

  // ---------- conversations ----------

  function conversations() {
    var list = snapshot && snapshot.conversations ? snapshot.conversations.slice() : [];
    var dmId = personaDm();
    if (dmId && !list.some(function (c) { return c.id === dmId; })) {
      list.unshift({ id: dmId, name: session.bot ? session.bot.name : 'TechVoice', kind: 'dm', messages: [] });
    }
    (session.channels || []).forEach(function (channel) {
      if (!list.some(function (c) { return c.id === channel.id; })) {
        list.push({ id: channel.id, name: channel.name, kind: 'channel', messages: [] });
      }
    });
    return list;
  }

  /** The persona's DM with the bot: the stand-in names it D + the user id without its U. */
  function personaDm() {
    var dm = snapshot && snapshot.conversations ? snapshot.conversations.filter(function (c) { return c.kind === 'dm'; })[0] : null;
    if (dm) {
      return dm.id;
    }
    return personaId ? 'D' + personaId.slice(1) : null;
  }

  function ephemeralsIn(channelId) {
    return (snapshot && snapshot.ephemerals ? snapshot.ephemerals : []).filter(function (e) { return e.channel === channelId; });
  }

  function tsAfter(a, b) {
    return b === null || b === undefined || parseFloat(a) > parseFloat(b);
  }

  /**
   * A conversation's messages and "only visible to you" replies in time order, as Slack shows them: each item is
   * {kind: 'message'|'ephemeral', ts, item}.
   */
  function timeline(conv) {
    var items = (conv.messages || []).map(function (m) { return { kind: 'message', ts: m.ts, item: m }; })
      .concat(ephemeralsIn(conv.id).map(function (e) { return { kind: 'ephemeral', ts: e.ts, item: e }; }));
    items.sort(function (a, b) { return parseFloat(a.ts) - parseFloat(b.ts); });
    return items;
  }

  /** The read mark: the server's (it survives a reload, as Slack's does), or one this page has just sent. */
  function lastRead(conv) {
    var sent = sentReads[personaId + ':' + conv.id];
    return sent && tsAfter(sent, conv.lastRead) ? sent : conv.lastRead;
  }

  /** Tells the server how far the persona has read an open conversation, once per new latest item. */
  function markRead(conv, items) {
    if (!items.length) {
      return;
    }
    var latest = items[items.length - 1].ts;
    var key = personaId + ':' + conv.id;
    if (!tsAfter(latest, lastRead(conv))) {
      return;
    }
    sentReads[key] = latest;
    postJson('read', { persona: personaId, channel: conv.id, ts: latest }).catch(failed);
  }

  /** Redrawn only when an entry or its unread count changes, so a click never lands on a replaced button. */
  function renderSidebar() {
    var dms = $('nav-dms');
    var channels = $('nav-channels');
    var entries = conversations().map(function (conv) {
      var items = timeline(conv);
      var active = current.kind === 'conv' && current.id === conv.id;
      if (active) {
        markRead(conv, items);
      }
      var mark = lastRead(conv);
      // as in Slack, what the persona posted themselves is never unread
      var unread = active ? 0 : items.filter(function (entry) {
        return tsAfter(entry.ts, mark) && !(entry.kind === 'message' && entry.item.user === personaId);
      }).length;
      return { conv: conv, active: active, unread: unread };
    });
    var sidebarKey = personaId + JSON.stringify(entries.map(function (e) { return [e.conv.id, e.conv.name, e.active, e.unread]; }));
    $('nav-home').classList.toggle('active', current.kind === 'home');
    if (sidebarKey === renderedKeys.sidebar) {
      return;
    }
    renderedKeys.sidebar = sidebarKey;
    clear(dms);
    clear(channels);
    entries.forEach(function (entry) {
      var conv = entry.conv;
      var active = entry.active;
      var unread = entry.unread;
      var item = el('button', { type: 'button', className: 'nav-item' + (active ? ' active' : '') + (unread ? ' unread' : ''),
        testid: conv.kind === 'dm' ? 'nav-dm' : 'nav-channel-' + conv.name, 'data-conversation': conv.id,
        on: { click: function () { select({ kind: 'conv', id: conv.id }); } } },
        el('span', { className: 'nav-icon', 'aria-hidden': 'true', text: conv.kind === 'dm' ? '●' : '#' }),
        el('span', { className: 'nav-label', text: conv.kind === 'dm' ? (conv.name || 'TechVoice') : conv.name }),
        unread ? el('span', { className: 'badge', testid: 'unread', text: String(unread) }) : null);
      (conv.kind === 'dm' ? dms : channels).appendChild(item);
    });
  }

  function select(target) {
    current = target;
    renderedKeys.pane = null;
    renderedKeys.home = null;
    showNotice('');
    render();
    if (target.kind === 'home') {
      postJson('home', { persona: personaId }).then(function (r) { afterPost(r); }).catch(failed);
    } else {
      $('composer').focus();
    }
  }

  function timeOf(ts) {
    var seconds = parseFloat(ts);
    if (!isFinite(seconds)) {
      return '';
    }
    var d = new Date(seconds * 1000);
    return d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  }

  function initials(name) {
    return String(name || '?').replace(/^(Dr|Prof|Mr|Ms|Mrs)\.? /, '').split(/\s+/).map(function (w) { return w.charAt(0); })
      .join('').slice(0, 2).toUpperCase();
  }

  function avatar(userId, name) {
    var bot = session.bot && userId === session.bot.id;
    var node = el('span', { className: 'avatar' + (bot ? ' avatar-bot' : ''), 'aria-hidden': 'true', text: bot ? 'TV' : initials(name) });
    node.style.setProperty('--hue', String(hue(userId)));
    return node;
  }

  function hue(text) {
    var h = 0;
    String(text).split('').forEach(function (c) { h = (h * 31 + c.charCodeAt(0)) % 360; });
    return h;
  }

  function renderPane() {
    var messages = $('messages');
    var home = $('home');
    var composer = $('composer-form');
    if (current.kind === 'home') {
      messages.hidden = true;
      home.hidden = false;
      composer.hidden = true;
      $('pane-title').textContent = session.bot ? session.bot.name : 'TechVoice';
      $('pane-subtitle').textContent = 'App Home: your own view of TechVoice';
      renderHome(home);
      return;
    }
    var conv = conversations().filter(function (c) { return c.id === current.id; })[0];
    if (!conv) {
      current = { kind: 'conv', id: personaDm() };
      conv = conversations().filter(function (c) { return c.id === current.id; })[0];
    }
    messages.hidden = false;
    home.hidden = true;
    composer.hidden = false;
    $('pane-title').textContent = conv.kind === 'dm' ? (conv.name || 'TechVoice') : '# ' + conv.name;
    $('pane-subtitle').textContent = conv.kind === 'dm'
      ? 'Your direct messages with the TechVoice app'
      : 'The technician network: celebrations appear here once the person celebrated approves';
    $('composer').placeholder = conv.kind === 'dm' ? 'Message TechVoice: /tc …' : 'Message #' + conv.name + ': /tc …';
    var ephemerals = ephemeralsIn(conv.id);
    var key = personaId + '|' + JSON.stringify([conv.id, conv.messages, ephemerals]);
    if (key === renderedKeys.pane) {
      return;
    }
    renderedKeys.pane = key;
    var body = $('pane-body');
    var atBottom = body.scrollHeight - body.scrollTop - body.clientHeight < 60;
    clear(messages);
    if (!(conv.messages || []).length && !ephemerals.length) {
      messages.appendChild(el('div', { className: 'empty', testid: 'empty-conversation' },
        conv.kind === 'dm' ? 'No messages yet. TechVoice writes to you here: confirmations, consent requests, drafts.'
          + ' Type /tc help below to start.'
          : 'Nothing posted yet. Approved celebrations and shared news appear here.'));
    }
    var previous = null;
    var reply = null;
    timeline(conv).forEach(function (entry) {
      var node;
      if (entry.kind === 'message') {
        node = renderMessage(entry.item, conv, previous);
        previous = entry.item;
      } else {
        node = renderEphemeral(entry.item, conv);
        previous = null;
      }
      messages.appendChild(node);
      if (!reply && awaitingReply && awaitingReply.conv === conv.id && tsAfter(entry.ts, awaitingReply.after)) {
        reply = node;
      }
    });
    if (reply) {
      // after sending, the view goes to the reply, wherever it is: its start when it is taller than the pane
      awaitingReply = null;
      reply.scrollIntoView({ block: reply.offsetHeight > body.clientHeight ? 'start' : 'end' });
      renderedKeys.scrollFor = conv.id;
    } else if (atBottom || renderedKeys.scrollFor !== conv.id) {
      body.scrollTop = body.scrollHeight;
      renderedKeys.scrollFor = conv.id;
    }
  }

  function renderMessage(message, conv, previous) {
    var compact = previous && previous.user === message.user && Math.abs(parseFloat(message.ts) - parseFloat(previous.ts)) < 300;
    var ctx = { container: { type: 'message', channel: conv.id, ts: message.ts }, form: false };
    var content = el('div', { className: 'msg-content' });
    if (!compact) {
      var bot = session.bot && message.user === session.bot.id;
      content.appendChild(el('div', { className: 'msg-meta' },
        el('span', { className: 'msg-author', testid: 'message-author', text: message.userName || nameOf(message.user) }),
        bot ? el('span', { className: 'app-badge', text: 'APP' }) : null,
        el('span', { className: 'msg-time', text: timeOf(message.ts) })));
    }
    var body = el('div', { className: 'msg-body', testid: 'message-body' });
    if (message.blocks && message.blocks.length) {
      body.appendChild(renderBlocks(message.blocks, ctx));
    } else if (message.text) {
      body.appendChild(mrkdwn(message.text, el('div', { className: 'bk-section-text' })));
    }
    if (message.edited) {
      body.appendChild(el('span', { className: 'msg-edited', text: '(edited)' }));
    }
    content.appendChild(body);
    if (message.files && message.files.length) {
      content.appendChild(el('div', { className: 'msg-files' }, message.files.map(fileCard)));
    }
    content.appendChild(reactions(message, conv));
    var node = el('div', { className: 'msg' + (compact ? ' msg-compact' : ''), testid: 'message', 'data-ts': message.ts,
      'data-user': message.user },
      el('div', { className: 'msg-gutter' }, compact ? el('span', { className: 'msg-time msg-time-hover', text: timeOf(message.ts) })
        : avatar(message.user, message.userName)),
      content, messageMenu(message, conv));
    return node;
  }

  function fileCard(file) {
    var url = safeUrl(file.url, true);
    var name = file.name || file.title || 'file';
    var ext = (/\.([A-Za-z0-9]+)$/.exec(name) || [null, 'file'])[1].toUpperCase();
    var card = el('div', { className: 'file-card', testid: 'file' },
      el('span', { className: 'file-icon file-' + ext.toLowerCase(), text: ext.slice(0, 4), 'aria-hidden': 'true' }),
      el('span', { className: 'file-text' },
        el('span', { className: 'file-title', text: file.title || name }),
        el('span', { className: 'file-name', text: name })));
    if (url && /^(PNG|JPG|JPEG|GIF)$/.test(ext)) {
      // charts the app uploads (survey results) are shown as Slack shows images, above their card
      return el('div', { className: 'file-image' },
        el('img', { src: url, alt: file.title || name, className: 'file-preview', loading: 'lazy' }), withLink(card, url, name));
    }
    return url ? withLink(card, url, name) : card;
  }

  function withLink(card, url, name) {
    card.appendChild(el('a', { className: 'btn btn-small', href: url, download: name, testid: 'file-link',
        'data-file-name': name, text: 'Download' }));
    return card;
  }

  function reactions(message, conv) {
    var row = el('div', { className: 'reactions', testid: 'reactions' });
    (message.reactions || []).forEach(function (reaction) {
      var mine = (reaction.users || []).indexOf(personaId) >= 0;
      row.appendChild(el('button', { type: 'button', className: 'reaction' + (mine ? ' reaction-mine' : ''),
        testid: 'reaction-' + reaction.name, title: (reaction.users || []).map(nameOf).join(', '),
        on: { click: function () { react(conv, message, reaction.name, !mine); } } },
        el('span', { text: EMOJI[reaction.name] || ':' + reaction.name + ':' }),
        el('span', { className: 'reaction-count', text: String(reaction.count) })));
    });
    return row;
  }

  function react(conv, message, name, added) {
    postJson('reaction', { persona: personaId, channel: conv.id, ts: message.ts, name: name, added: added })
      .then(function (r) { afterPost(r); }).catch(failed);
  }

  /** Hover actions of a message: add a reaction, and the app's message shortcut. */
  function messageMenu(message, conv) {
    var menu = el('div', { className: 'menu', role: 'menu', hidden: true });
    var picker = el('div', { className: 'menu', role: 'menu', hidden: true });
    REACTION_CHOICES.forEach(function (name) {
      picker.appendChild(el('button', { type: 'button', className: 'menu-item menu-emoji', title: ':' + name + ':',
        testid: 'add-reaction-' + name, text: EMOJI[name], on: { click: function () {
          picker.hidden = true;
          react(conv, message, name, true);
        } } }));
    });
    menu.appendChild(el('button', { type: 'button', className: 'menu-item', testid: 'shortcut-log-as-evidence',
      text: 'Log as evidence (TechVoice)', on: { click: function () {
        menu.hidden = true;
        postJson('shortcut', { persona: personaId, channel: conv.id, ts: message.ts, callbackId: 'log_as_evidence' })
          .then(function (r) { afterPost(r); }).catch(failed);
      } } }));
    function toggler(label, testid, target, text) {
      return el('button', { type: 'button', className: 'btn btn-icon', 'aria-label': label, title: label, testid: testid, text: text,
        on: { click: function (event) {
          event.stopPropagation();
          closeMenus(target);
          target.hidden = !target.hidden;
        } } });
    }
    return el('div', { className: 'msg-actions' },
      toggler('Add reaction', 'message-react', picker, '☺'), picker,
      toggler('More actions', 'message-more', menu, '⋯'), menu);
  }

  function renderEphemeral(ephemeral, conv) {
    var ctx = { container: { type: 'ephemeral', channel: conv.id, ephemeralId: ephemeral.id }, form: false };
    var body = el('div', { className: 'msg-body', testid: 'message-body' });
    if (ephemeral.blocks && ephemeral.blocks.length) {
      body.appendChild(renderBlocks(ephemeral.blocks, ctx));
    } else {
      body.appendChild(mrkdwn(ephemeral.text || '', el('div', { className: 'bk-section-text' })));
    }
    return el('div', { className: 'msg msg-ephemeral', testid: 'ephemeral', 'data-ephemeral-id': ephemeral.id },
      el('div', { className: 'msg-gutter' }, avatar(session.bot ? session.bot.id : 'bot', 'TechVoice')),
      el('div', { className: 'msg-content' },
        el('div', { className: 'msg-meta' },
          el('span', { className: 'msg-author', text: session.bot ? session.bot.name : 'TechVoice' }),
          el('span', { className: 'app-badge', text: 'APP' })),
        body,
        el('div', { className: 'ephemeral-note', testid: 'ephemeral-note' },
          el('span', { className: 'ephemeral-eye', 'aria-hidden': 'true', text: '👁' }), 'Only visible to you')));
  }

  function renderHome(container) {
    var view = snapshot && snapshot.home ? snapshot.home.view : null;
    var key = personaId + '|' + JSON.stringify(view);
    if (key === renderedKeys.home) {
      return;
    }
    renderedKeys.home = key;
    clear(container);
    if (!view) {
      container.appendChild(el('div', { className: 'empty', testid: 'home-empty', text: 'Opening App Home…' }));
      return;
    }
    var ctx = { container: { type: 'home', viewId: view.id }, form: false, viewId: view.id };
    container.appendChild(el('div', { className: 'home-view', testid: 'home-view' }, renderBlocks(view.blocks, ctx)));
  }

  // ---------- modals ----------

  function renderModals() {
    var modals = snapshot && snapshot.modals ? snapshot.modals : [];
    var overlay = $('modal-overlay');
    var stack = $('modal-stack');
    var keys = modals.map(function (m) { return m.id + '|' + (m.view && m.view.hash ? m.view.hash : JSON.stringify(m.view)); });
    if (personaId + JSON.stringify(keys) === renderedKeys.modalsKey) {
      return;
    }
    renderedKeys.modalsKey = personaId + JSON.stringify(keys);
    var existing = {};
    Array.prototype.forEach.call(stack.children, function (node) { existing[node.getAttribute('data-key')] = node; });
    clear(stack);
    modals.forEach(function (modal, index) {
      var top = index === modals.length - 1;
      var node = existing[keys[index]] || renderModal(modal, index, modals.length);
      node.classList.toggle('modal-top', top);
      node.classList.toggle('modal-under', !top);
      node.setAttribute('aria-hidden', top ? 'false' : 'true');
      node.style.setProperty('--depth', String(modals.length - 1 - index));
      var depth = node.querySelector('[data-testid="modal-depth"]');
      if (depth) {
        depth.textContent = modals.length > 1 ? 'Step ' + (index + 1) + ' of ' + modals.length : '';
      }
      node.setAttribute('data-testid', top ? 'modal' : 'modal-below');
      stack.appendChild(node);
    });
    overlay.hidden = modals.length === 0;
    var topNode = stack.lastElementChild;
    if (topNode && !topNode.contains(document.activeElement)) {
      var first = topNode.querySelector('input:not([type=hidden]), textarea, select');
      if (first) {
        first.focus();
      }
    }
  }

  function renderModal(modal, index, count) {
    var view = modal.view || {};
    var form = el('form', { className: 'modal', 'data-key': modal.id + '|' + (view.hash ? view.hash : JSON.stringify(view)),
      'data-view-id': modal.id, 'data-callback-id': view.callback_id || '', novalidate: true, role: 'dialog',
      'aria-modal': 'true', 'aria-label': plainOf(view.title) || 'TechVoice' });
    var ctx = { container: { type: 'view', viewId: modal.id }, form: true, viewId: modal.id };
    ctx.collect = function () { return collectValues(form); };
    var close = function () {
      postJson('close', { persona: personaId, viewId: modal.id }).then(function (r) { afterPost(r); }).catch(failed);
    };
    form.appendChild(el('div', { className: 'modal-head' },
      el('span', { className: 'modal-app', 'aria-hidden': 'true', text: 'TV' }),
      textObject(view.title || 'TechVoice', 'h2', 'modal-title'),
      el('span', { className: 'modal-depth', testid: 'modal-depth' }),
      el('button', { type: 'button', className: 'modal-x', 'aria-label': 'Close', testid: 'modal-x', text: '×', on: { click: close } })));
    var body = el('div', { className: 'modal-body', testid: 'modal-body' }, renderBlocks(view.blocks, ctx));
    form.appendChild(body);
    var formError = el('div', { className: 'modal-error', testid: 'modal-error', role: 'alert', hidden: true });
    form.appendChild(formError);
    var foot = el('div', { className: 'modal-foot' });
    foot.appendChild(el('button', { type: 'button', className: 'btn', testid: 'modal-close', on: { click: close } },
      textObject(view.close || 'Cancel', 'span')));
    var submit = null;
    if (view.submit) {
      submit = el('button', { type: 'submit', className: 'btn btn-primary', testid: 'modal-submit' }, textObject(view.submit, 'span'));
      foot.appendChild(submit);
    }
    form.appendChild(foot);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (!submit || submit.disabled) {
        return;
      }
      clearErrors(form);
      var local = localErrors(form);
      if (Object.keys(local).length) {
        showErrors(form, local, formError);
        return;
      }
      submit.disabled = true;
      postJson('submit', { persona: personaId, viewId: modal.id, values: collectValues(form) }).then(function (result) {
        submit.disabled = false;
        if (result && result.ok === false) {
          showErrors(form, result.errors || {}, formError, result.error);
        }
        pollSoon();
      }).catch(function (error) {
        submit.disabled = false;
        formError.textContent = error.message;
        formError.hidden = false;
      });
    });
    return form;
  }

  function inputBlocks(form) {
    return Array.prototype.filter.call(form.querySelectorAll('.bk-input'), function (node) { return node.tvCollect; });
  }

  /** view.state.values, as Slack sends it in view_submission. */
  function collectValues(form) {
    var values = {};
    inputBlocks(form).forEach(function (node) {
      var value = node.tvCollect();
      if (value) {
        var block = {};
        block[node.getAttribute('data-action-id')] = value;
        values[node.getAttribute('data-block-id')] = block;
      }
    });
    return values;
  }

  /** The checks Slack's own client makes before it sends a view_submission: required fields and min_length. */
  function localErrors(form) {
    var errors = {};
    inputBlocks(form).forEach(function (node) {
      var value = node.tvCollect() || {};
      var element = node.tvElement || {};
      var empty = ['value', 'selected_option', 'selected_date', 'selected_time', 'selected_date_time', 'selected_user',
        'selected_conversation', 'selected_channel'].every(function (k) { return value[k] === undefined || value[k] === null || value[k] === ''; })
        && ['selected_options', 'selected_users', 'selected_conversations', 'selected_channels'].every(function (k) {
          return !value[k] || value[k].length === 0;
        });
      var blockId = node.getAttribute('data-block-id');
      if (node.tvRequired && empty) {
        errors[blockId] = 'Please complete this required field.';
      } else if (!empty && element.min_length && typeof value.value === 'string' && value.value.length < element.min_length) {
        errors[blockId] = 'Please enter at least ' + element.min_length + ' characters.';
      } else if (!empty && element.type === 'url_text_input' && !/^https?:\/\/\S+$/i.test(value.value || '')) {
        errors[blockId] = 'Please enter a valid URL.';
      } else if (!empty && element.type === 'email_text_input' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.value || '')) {
        errors[blockId] = 'Please enter a valid email address.';
      }
    });
    return errors;
  }

  function clearErrors(form) {
    Array.prototype.forEach.call(form.querySelectorAll('.bk-input'), function (node) {
      node.classList.remove('has-error');
      var error = node.querySelector('.bk-error');
      if (error) {
        error.hidden = true;
        error.textContent = '';
      }
    });
    var formError = form.querySelector('.modal-error');
    formError.hidden = true;
    formError.textContent = '';
  }

  function showErrors(form, errors, formError, general) {
    var unplaced = [];
    var first = null;
    Object.keys(errors).forEach(function (blockId) {
      var node = Array.prototype.filter.call(form.querySelectorAll('.bk-input'), function (n) {
        return n.getAttribute('data-block-id') === blockId;
      })[0];
      if (!node) {
        unplaced.push(errors[blockId]);
        return;
      }
      node.classList.add('has-error');
      var error = node.querySelector('.bk-error');
      error.textContent = errors[blockId];
      error.hidden = false;
      first = first || node;
    });
    if (general) {
      unplaced.unshift(general);
    }
    if (unplaced.length) {
      formError.textContent = unplaced.join(' ');
      formError.hidden = false;
    }
    if (first) {
      first.scrollIntoView({ block: 'nearest' });
    }
  }

  // ---------- persona, composer, polling ----------

  function renderPersona() {
    var persona = personaById(personaId) || {};
    var role = ROLE_LABELS[persona.role] || persona.role || '';
    $('current-persona-name').textContent = persona.name || personaId;
    $('current-persona-role').textContent = role + (persona.title ? ' · ' + persona.title : '');
    var badge = $('current-persona-avatar');
    badge.textContent = initials(persona.name);
    badge.style.setProperty('--hue', String(hue(personaId)));
    $('current-persona').setAttribute('data-role', persona.role || '');
    $('persona-select').value = personaId;
  }

  function render() {
    if (!session) {
      return;
    }
    renderPersona();
    renderSidebar();
    renderPane();
    renderModals();
  }

  function pollSoon() {
    clearTimeout(pollTimer);
    pollTimer = setTimeout(poll, 60);
  }

  function poll() {
    clearTimeout(pollTimer);
    if (polling) {
      pollTimer = setTimeout(poll, POLL_MS);
      return;
    }
    polling = true;
    var asked = personaId;
    getJson('state?persona=' + encodeURIComponent(asked)).then(function (state) {
      polling = false;
      $('connection').textContent = '';
      if (asked !== personaId) {
        pollSoon();
        return;
      }
      if (state.version !== lastVersion || !snapshot) {
        lastVersion = state.version;
        snapshot = state;
        learnNames(state);
        render();
      }
      pollTimer = setTimeout(poll, POLL_MS);
    }).catch(function () {
      polling = false;
      $('connection').textContent = 'Reconnecting to the playground…';
      pollTimer = setTimeout(poll, POLL_MS * 3);
    });
  }

  function learnNames(state) {
    (state.conversations || []).forEach(function (conv) {
      (conv.messages || []).forEach(function (m) {
        if (m.user && m.userName) {
          names[m.user] = m.userName;
        }
      });
    });
  }

  function switchPersona(id) {
    if (id === personaId) {
      return;
    }
    personaId = id;
    try {
      window.localStorage.setItem('techvoice.playground.persona', id);
    } catch (e) {
      // private windows may refuse storage; the switch still works for this page
    }
    snapshot = null;
    lastVersion = null;
    renderedKeys = { pane: null, home: null, modals: [] };
    clear($('modal-stack'));
    $('modal-overlay').hidden = true;
    current = current.kind === 'home' ? { kind: 'home' } : { kind: 'conv', id: current.id && current.id.charAt(0) !== 'D' ? current.id : null };
    render();
    if (current.kind === 'home') {
      postJson('home', { persona: personaId }).then(function (r) { afterPost(r); }).catch(failed);
    }
    pollSoon();
  }

  function sendCommand(event) {
    event.preventDefault();
    var box = $('composer');
    var text = box.value.trim();
    var errorNode = $('composer-error');
    errorNode.hidden = true;
    if (!text) {
      return;
    }
    var channel = current.kind === 'conv' ? current.id : personaDm();
    closeMentionPicker();
    var conv = conversations().filter(function (c) { return c.id === channel; })[0];
    var items = conv ? timeline(conv) : [];
    awaitingReply = { conv: channel, after: items.length ? items[items.length - 1].ts : null };
    postJson('command', { persona: personaId, channel: channel, text: text }).then(function (result) {
      if (result && result.ok === false) {
        awaitingReply = null;
        errorNode.textContent = result.error || 'That did not work.';
        errorNode.hidden = false;
      } else {
        box.value = '';
        autosize(box);
      }
      pollSoon();
    }).catch(function (error) {
      errorNode.textContent = error.message;
      errorNode.hidden = false;
    });
  }

  // ---------- the @-mention picker ----------

  var mentionState = null;

  /** The @word being typed just before the caret, as Slack's composer finds it: {start, query}, or null. */
  function mentionAtCaret(box) {
    var before = box.value.slice(0, box.selectionStart);
    var match = /(^|[\s(])@([^@<>\n]{0,40})$/.exec(before);
    if (!match) {
      return null;
    }
    return { start: before.length - match[2].length - 1, query: match[2] };
  }

  /** People whose name, name without title, or handle starts with what was typed (any word of the name, too). */
  function mentionMatches(query) {
    var q = query.toLowerCase();
    return (session.people || []).filter(function (p) {
      var names = [p.name, p.name.replace(/^(Dr|Prof)\.? /, ''), p.handle || ''].concat(p.name.split(/\s+/));
      return names.some(function (n) { return n.toLowerCase().indexOf(q) === 0; });
    }).slice(0, 8);
  }

  function updateMentionPicker() {
    var box = $('composer');
    var at = mentionAtCaret(box);
    var found = at ? mentionMatches(at.query) : [];
    if (!at || !found.length) {
      closeMentionPicker();
      return;
    }
    mentionState = { start: at.start, end: box.selectionStart, people: found,
      active: mentionState && mentionState.start === at.start ? Math.min(mentionState.active, found.length - 1) : 0 };
    drawMentionPicker();
  }

  function drawMentionPicker() {
    var picker = $('mention-picker');
    clear(picker);
    mentionState.people.forEach(function (person, index) {
      picker.appendChild(el('button', { type: 'button', className: 'mention-option' + (index === mentionState.active ? ' active' : ''),
        role: 'option', 'aria-selected': index === mentionState.active ? 'true' : 'false', testid: 'mention-option',
        'data-user': person.id,
        on: { mousedown: function (event) { event.preventDefault(); }, click: function () { pickMention(index); } } },
        avatar(person.id, person.name),
        el('span', { className: 'mention-option-name', text: person.name }),
        el('span', { className: 'mention-option-handle', text: person.title || person.handle || '' })));
    });
    picker.hidden = false;
  }

  /** Puts "@Full Name " in place of the typed @word: the name Slack's escaping turns into a mention. */
  function pickMention(index) {
    var box = $('composer');
    var person = mentionState.people[index];
    var inserted = '@' + person.name + ' ';
    box.value = box.value.slice(0, mentionState.start) + inserted + box.value.slice(mentionState.end).replace(/^ /, '');
    var caret = mentionState.start + inserted.length;
    closeMentionPicker();
    box.focus();
    box.setSelectionRange(caret, caret);
    autosize(box);
  }

  function closeMentionPicker() {
    mentionState = null;
    var picker = $('mention-picker');
    picker.hidden = true;
    clear(picker);
  }

  /** Arrow keys move, Enter or Tab picks, Escape closes; true when the key was the picker's. */
  function mentionKey(event) {
    if (!mentionState) {
      return false;
    }
    var count = mentionState.people.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      mentionState.active = (mentionState.active + (event.key === 'ArrowDown' ? 1 : count - 1)) % count;
      drawMentionPicker();
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      pickMention(mentionState.active);
    } else if (event.key === 'Escape') {
      closeMentionPicker();
    } else {
      return false;
    }
    event.preventDefault();
    event.stopPropagation();
    return true;
  }

  function autosize(box) {
    box.style.height = 'auto';
    box.style.height = Math.min(box.scrollHeight, 180) + 'px';
  }

  function loadSample() {
    var button = $('load-sample');
    button.disabled = true;
    button.textContent = 'Loading…';
    postJson('sample', {}).then(function (result) {
      showNotice(result.summary || result.error || 'Sample institution loaded.', result.ok === false ? 'error' : 'info');
      pollSoon();
    }).catch(failed).then(function () {
      button.disabled = false;
      button.textContent = 'Load sample institution';
    });
  }

  function start(loaded) {
    session = loaded;
    showNotice('');
    // mentions of people who are in the directory but not in the switcher (the sample's colleagues) need names too
    (session.people || []).concat(session.personas || []).forEach(function (p) { names[p.id] = p.name; });
    if (session.bot) {
      names[session.bot.id] = session.bot.name;
    }
    $('workspace-name').textContent = session.team && session.team.name ? session.team.name : 'TechVoice playground';
    var chooser = $('persona-select');
    clear(chooser);
    (session.personas || []).forEach(function (p) {
      chooser.appendChild(el('option', { value: p.id, text: p.name + ' (' + (ROLE_LABELS[p.role] || p.role) + ')' }));
    });
    var stored = null;
    try {
      stored = window.localStorage.getItem('techvoice.playground.persona');
    } catch (e) {
      stored = null;
    }
    personaId = personaById(stored) ? stored : (session.personas[0] || {}).id;
    current = { kind: 'conv', id: null };
    render();
    poll();
  }

  function wire() {
    $('persona-select').addEventListener('change', function (event) { switchPersona(event.target.value); });
    $('composer-form').addEventListener('submit', sendCommand);
    var box = $('composer');
    box.addEventListener('keydown', function (event) {
      if (!event.isComposing && mentionKey(event)) {
        return;
      }
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        sendCommand(event);
      }
    });
    box.addEventListener('input', function () {
      autosize(box);
      $('composer-error').hidden = true;
      updateMentionPicker();
    });
    box.addEventListener('click', updateMentionPicker);
    box.addEventListener('blur', function () { setTimeout(closeMentionPicker, 150); });
    Array.prototype.forEach.call(document.querySelectorAll('.hint-chip'), function (chip) {
      chip.addEventListener('click', function () {
        box.value = chip.getAttribute('data-fill');
        autosize(box);
        box.focus();
        box.setSelectionRange(box.value.length, box.value.length);
        updateMentionPicker();
      });
    });
    $('nav-home').addEventListener('click', function () { select({ kind: 'home' }); });
    $('load-sample').addEventListener('click', loadSample);
    $('intro-banner-close').addEventListener('click', function () { $('intro-banner').hidden = true; });
    document.addEventListener('click', function () { closeMenus(null); });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') {
        closeMenus(null);
        // as in Slack, Escape closes the top modal (a confirmation dialog first, when one is open)
        var confirmNo = $('confirm-no');
        var topClose = document.querySelector('[data-testid="modal"] [data-testid="modal-x"]');
        if (confirmNo) {
          confirmNo.click();
        } else if (topClose) {
          topClose.click();
        }
      }
    });
  }

  function loadSession() {
    // a (re)loaded page is a (re)loaded Slack client: the server drops ephemerals, and keeps read marks
    postJson('opened', {}).then(function () { return getJson('session'); }).then(start).catch(function (error) {
      showNotice('Could not reach the playground: ' + error.message + '. Is TechVoice running in playground mode?', 'error');
      setTimeout(loadSession, 3000);
    });
  }

  function boot() {
    wire();
    loadSession();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', boot);
  } else {
    boot();
  }
})();
