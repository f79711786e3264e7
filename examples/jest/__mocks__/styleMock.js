// What an `import "….css"` gives a test: Jest runs no CSS, and jsdom lays nothing out.
module.exports = {};
