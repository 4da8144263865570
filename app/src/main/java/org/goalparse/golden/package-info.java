/** Golden files (the expected JSON of a document) and a JSON tree differ that names the first differing field. */
package org.goalparse.golden;
