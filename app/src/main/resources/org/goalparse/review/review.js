(function () {
  'use strict';
  var source = document.getElementById('source');
  var structure = document.getElementById('structure');
  function each(root, pointer, fn) {
    if (!root) { return null; }
    var found = root.querySelectorAll('[data-pointer="' + CSS.escape(pointer) + '"]');
    found.forEach(fn);
    return found.length ? found[0] : null;
  }
  function select(pointer, from) {
    document.querySelectorAll('.selected').forEach(function (e) { e.classList.remove('selected'); });
    var box = each(source, pointer, function (e) { e.classList.add('selected'); });
    var item = each(structure, pointer, function (e) { e.classList.add('selected'); });
    if (box && from !== 'source') { box.scrollIntoView({block: 'center'}); }
    if (item && from !== 'structure') { item.scrollIntoView({block: 'center'}); }
    if (history.replaceState) { history.replaceState(null, '', '#' + encodeURI(pointer)); }
    document.body.setAttribute('data-selected', pointer);
  }
  function clicked(side) {
    return function (ev) {
      var el = ev.target.closest('[data-pointer]');
      if (!el) { return; }
      ev.stopPropagation();
      select(el.getAttribute('data-pointer'), side);
    };
  }
  if (source) { source.addEventListener('click', clicked('source')); }
  if (structure) { structure.addEventListener('click', clicked('structure')); }
  if (location.hash.length > 1) { select(decodeURI(location.hash.substring(1)), null); }
  document.body.setAttribute('data-ready', 'true');
})();
