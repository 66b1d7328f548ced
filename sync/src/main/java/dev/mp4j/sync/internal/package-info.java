/** <b>Not API</b>: what {@code sync} gives the core's machinery (the AOT cache's training). */
package dev.mp4j.sync.internal;
