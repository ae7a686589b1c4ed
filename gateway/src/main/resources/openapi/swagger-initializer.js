// Swagger UI on the gateway's combined API document, logging in with the authorization code flow and PKCE.
// The page (SwaggerUi.java) passes its settings as data attributes: no inline script, so that its
// Content-Security-Policy can forbid them.
window.addEventListener('load', function () {
  'use strict';
  var root = document.getElementById('swagger-ui');
  var settings = root.dataset;
  var ui = SwaggerUIBundle({
    url: settings.documentUrl,
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
    oauth2RedirectUrl: new URL(settings.oauth2RedirectPath, window.location.href).href,
    persistAuthorization: false,
    queryConfigEnabled: false
  });
  ui.initOAuth({
    clientId: settings.clientId,
    usePkceWithAuthorizationCodeGrant: true,
    scopes: 'openid',
    appName: document.title
  });
  window.ui = ui;
});
