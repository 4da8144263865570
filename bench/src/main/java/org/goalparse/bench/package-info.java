/** The benchmark of issue 6: a seeded corpus generator, the figures table ({@link org.goalparse.bench.Bench}) and JMH benchmarks. */
package org.goalparse.bench;
