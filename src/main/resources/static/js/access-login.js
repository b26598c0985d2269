// Demo mode: a click on a demo account fills in the login form.
document.addEventListener('click', function (evt) {
  var button = evt.target.closest('[data-demo-fill]');
  if (!button) {
    return;
  }
  document.getElementById('username').value = button.dataset.username;
  document.getElementById('password').value = button.dataset.password;
  document.getElementById('password').focus();
});
