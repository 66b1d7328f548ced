/** <b>Not API</b>: what {@code shared} gives the core's machinery (the AOT cache's training). */
package dev.mp4j.shared.internal;
