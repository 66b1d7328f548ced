/** <b>Not API</b>: what {@code queues} gives the core's machinery (the AOT cache's training). */
package dev.mp4j.queues.internal;
