/** Where a document comes from: a path or bytes, with optional caller-supplied metadata. */
package org.goalparse.source;
