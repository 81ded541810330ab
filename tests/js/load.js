// Load a graph file with graphology the way a sigma.js or Gephi Lite user
// would, and print what came in as JSON for tests/test_consumers.py.
//   node load.js FILE gexf|graphml|json
'use strict';
const fs = require('fs');
const Graph = require('graphology');

const [file, format] = process.argv.slice(2);
const text = fs.readFileSync(file, 'utf8');
let graph;
if (format === 'gexf') {
  graph = require('graphology-gexf').parse(Graph, text);
} else if (format === 'graphml') {
  graph = require('graphology-graphml').parse(Graph, text);
} else if (format === 'json') {
  // Graph.from takes the type and options from the file; import() into a
  // default (mixed) multigraph is what sigma.js / Gephi Lite users write.
  graph = Graph.from(JSON.parse(text));
  const imported = new Graph({multi: true});
  imported.import(JSON.parse(text));
  if (imported.size !== graph.size) throw new Error('Graph.from and import disagree');
} else {
  throw new Error('unknown format ' + format);
}
const out = {
  type: graph.type,
  multi: graph.multi,
  order: graph.order,
  size: graph.size,
  nodes: {},
  edges: [],
};
graph.forEachNode((key, attrs) => { out.nodes[key] = attrs; });
graph.forEachEdge((key, attrs, source, target, _s, _t, undirected) => {
  out.edges.push({key, source, target, undirected, attributes: attrs});
});
process.stdout.write(JSON.stringify(out));
