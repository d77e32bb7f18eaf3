// "/" puts the cursor in the top bar's search from anywhere on a screen, as in most web apps,
// except while typing in a field (there "/" is just a character).
document.addEventListener('keydown', function (e) {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) {
    return;
  }
  var t = e.target;
  if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) {
    return;
  }
  var box = document.getElementById('nav:q_input');
  if (box) {
    e.preventDefault();
    box.focus();
    box.select();
  }
});
