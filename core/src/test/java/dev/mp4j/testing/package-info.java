/** Test support shared by the contract suites of every module (the core test-jar). */
package dev.mp4j.testing;
