// The /docs page: Swagger UI over /openapi.json, served from the vendor files (no CDN), started
// from this file rather than an inline script so the page keeps the server's Content-Security-Policy.
window.ui = window.SwaggerUIBundle({
  url: "/openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  tryItOutEnabled: false,
  // no "validator.swagger.io" badge: the page makes no request to another host
  validatorUrl: null,
});
