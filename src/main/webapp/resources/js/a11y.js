// PrimeFaces' SelectOneButton draws each choice as a div with role="radio" around a hidden native
// radio: screen readers get no aria-checked, and the hidden radio is a focusable control inside
// another (axe-core: aria-required-attr, nested-interactive). We keep the widget (its look, its
// keys) and mend its ARIA: aria-checked follows the active choice, the inner radio is inert (it is
// still checked and submitted; it just cannot be reached apart from its button).
(function () {
  function mend(root) {
    root.querySelectorAll('.ui-selectonebutton [role="radio"]').forEach(function (choice) {
      var checked = choice.classList.contains('ui-state-active') ? 'true' : 'false';
      if (choice.getAttribute('aria-checked') !== checked) {
        choice.setAttribute('aria-checked', checked);
      }
      var disabled = choice.classList.contains('ui-state-disabled') ? 'true' : 'false';
      if (choice.getAttribute('aria-disabled') !== disabled) {
        choice.setAttribute('aria-disabled', disabled);
      }
      choice.querySelectorAll('input[type="radio"]').forEach(function (radio) {
        if (!radio.hasAttribute('inert')) {
          radio.setAttribute('inert', '');
        }
      });
      var label = choice.querySelector('.ui-button-text');
      if (label && !choice.hasAttribute('aria-label')) {
        choice.setAttribute('aria-label', label.textContent.trim());
      }
    });
    // p:messages puts role="alert" on each <li>, which makes the <ul> a list without list items
    // (axe-core: list); the alert role goes to the messages box, each line stays a list item
    root.querySelectorAll('.ui-messages ul > li[role="alert"]').forEach(function (line) {
      line.removeAttribute('role');
      line.removeAttribute('aria-atomic');
      var box = line.closest('.ui-messages > div');
      if (box && !box.hasAttribute('role')) {
        box.setAttribute('role', 'alert');
      }
    });
  }
  var pending = false;
  function soon() {
    if (!pending) {
      pending = true;
      window.requestAnimationFrame(function () {
        pending = false;
        mend(document);
      });
    }
  }
  document.addEventListener('DOMContentLoaded', function () {
    mend(document);
    // ajax updates replace the markup, clicks move the active class: mend again after either
    new MutationObserver(soon).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['class']
    });
  });
})();
