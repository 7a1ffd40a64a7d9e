// The polyfill's export behind one getter, so it is loaded only when read. See index.mjs.
module.exports = {
  get browser() {
    return require('webextension-polyfill/dist/browser-polyfill.js');
  },
};
