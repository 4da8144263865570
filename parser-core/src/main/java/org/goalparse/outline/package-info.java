/** The intermediate model between segmentation and interpretation: an ordered outline of typed nodes. */
package org.goalparse.outline;
