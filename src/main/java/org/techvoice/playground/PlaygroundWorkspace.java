package org.techvoice.playground;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the pretend Slack workspace shows: messages by channel, ephemerals and modal stacks per persona, each
 * persona's App Home, and uploaded files. Kept in memory (a restart starts a fresh conversation; the app's data
 * stays in its H2 file). Every method is synchronized: the app's outbox, its after-ack executor and the page's
 * polling all reach it at once. {@link #version()} changes with every visible change, so the page redraws only then.
 */
final class PlaygroundWorkspace {

    record Message(String ts, String user, String text, JsonNode blocks, List<String> fileIds, boolean edited) {
    }

    /** An "only visible to you" reply; its {@code ts} places it among the channel's messages, as Slack shows it. */
    record Ephemeral(String id, String ts, String channel, String text, JsonNode blocks) {
    }

    record Modal(String id, ObjectNode view) {
    }

    record StoredFile(String id, String name, String title, String mimeType, byte[] bytes) {
    }

    /** Where a dispatched request came from, so that its response_url can reply, replace or delete there. */
    record Origin(String persona, String channel, String ephemeralId, String messageTs) {
    }

    private final ObjectMapper json;
    private final Clock clock;
    private final Map<String, List<Message>> messages = new LinkedHashMap<>();
    private final Map<String, List<Ephemeral>> ephemerals = new HashMap<>();
    private final Map<String, Deque<Modal>> modals = new HashMap<>();
    private final Map<String, ObjectNode> homes = new HashMap<>();
    private final Map<String, StoredFile> files = new LinkedHashMap<>();
    /** Reactions by message ({@code channel/ts}), emoji name and who reacted. */
    private final Map<String, Map<String, java.util.Set<String>>> reactions = new HashMap<>();
    private final Map<String, String> pendingUploads = new HashMap<>();
    private final Map<String, String> triggers = new HashMap<>();
    private final Map<String, Origin> origins = new HashMap<>();
    /** Each persona's read mark per conversation (the ts of the latest item seen), kept here as Slack keeps it. */
    private final Map<String, Map<String, String>> readMarks = new HashMap<>();
    private final String run;
    private long version = 1;
    private long sequence;
    private long lastSecond;

    PlaygroundWorkspace(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
        this.run = Long.toString(clock.millis(), 36).toUpperCase(java.util.Locale.ROOT);
    }

    synchronized long version() {
        return version;
    }

    /**
     * A new id with Slack's prefix for its kind: {@code V} view, {@code F} file, {@code E} ephemeral, {@code Ev} event.
     * Unique across restarts too: the app remembers event ids for a day and would drop a repeated one as a redelivery.
     */
    synchronized String newId(String prefix) {
        return prefix + run + String.format("%06d", ++sequence);
    }

    /** Message timestamps as Slack writes them: seconds, a dot, six digits; strictly increasing. */
    private String newTs() {
        long second = Math.max(clock.millis() / 1000, lastSecond);
        lastSecond = second;
        return second + "." + String.format("%06d", ++sequence % 1_000_000);
    }

    /** A timestamp for something the app does not see again (an ephemeral's message_ts). */
    synchronized String nextTs() {
        return newTs();
    }

    private void changed() {
        version++;
    }

    // --- requests the page dispatches

    synchronized String rememberTrigger(String persona) {
        String trigger = (++sequence) + "." + Math.abs(clock.millis()) + ".playground";
        triggers.put(trigger, persona);
        return trigger;
    }

    synchronized Optional<String> personaOfTrigger(String trigger) {
        return Optional.ofNullable(trigger == null ? null : triggers.get(trigger));
    }

    synchronized String rememberOrigin(Origin origin) {
        String id = Long.toString(++sequence);
        origins.put(id, origin);
        return id;
    }

    synchronized Optional<Origin> origin(String id) {
        return Optional.ofNullable(origins.get(id));
    }

    // --- messages

    synchronized Message post(String channel, String user, String text, JsonNode blocks, List<String> fileIds) {
        Message message = new Message(newTs(), user, text == null ? "" : text, blocks, List.copyOf(fileIds), false);
        messages.computeIfAbsent(channel, c -> new ArrayList<>()).add(message);
        changed();
        return message;
    }

    synchronized Optional<Message> update(String channel, String ts, String text, JsonNode blocks) {
        List<Message> list = messages.getOrDefault(channel, List.of());
        for (int i = 0; i < list.size(); i++) {
            Message old = list.get(i);
            if (old.ts().equals(ts)) {
                Message updated = new Message(ts, old.user(), text == null ? old.text() : text,
                        blocks == null ? old.blocks() : blocks, old.fileIds(), true);
                list.set(i, updated);
                changed();
                return Optional.of(updated);
            }
        }
        return Optional.empty();
    }

    synchronized Optional<Message> message(String channel, String ts) {
        return messages.getOrDefault(channel, List.of()).stream().filter(m -> m.ts().equals(ts)).findFirst();
    }

    synchronized boolean deleteMessage(String channel, String ts) {
        boolean removed = messages.getOrDefault(channel, new ArrayList<>()).removeIf(m -> m.ts().equals(ts));
        if (removed) {
            changed();
        }
        return removed;
    }

    synchronized void react(String channel, String ts, String user, String name, boolean added) {
        Map<String, java.util.Set<String>> byName = reactions.computeIfAbsent(channel + "/" + ts, k -> new LinkedHashMap<>());
        java.util.Set<String> users = byName.computeIfAbsent(name, n -> new java.util.LinkedHashSet<>());
        if (added ? users.add(user) : users.remove(user)) {
            if (users.isEmpty()) {
                byName.remove(name);
            }
            changed();
        }
    }

    // --- ephemerals

    synchronized Ephemeral ephemeral(String persona, String channel, String text, JsonNode blocks) {
        Ephemeral ephemeral = new Ephemeral(newId("E"), newTs(), channel, text == null ? "" : text, blocks);
        ephemerals.computeIfAbsent(persona, p -> new ArrayList<>()).add(ephemeral);
        changed();
        return ephemeral;
    }

    synchronized boolean replaceEphemeral(String persona, String id, String text, JsonNode blocks) {
        List<Ephemeral> list = ephemerals.getOrDefault(persona, List.of());
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) {
                // replaced in place, as Slack does: it keeps its place among the messages
                Ephemeral old = list.get(i);
                list.set(i, new Ephemeral(id, old.ts(), old.channel(), text == null ? "" : text, blocks));
                changed();
                return true;
            }
        }
        return false;
    }

    synchronized boolean deleteEphemeral(String persona, String id) {
        boolean removed = ephemerals.getOrDefault(persona, new ArrayList<>()).removeIf(e -> e.id().equals(id));
        if (removed) {
            changed();
        }
        return removed;
    }

    /**
     * The page was (re)loaded: Slack's client forgets "only visible to you" replies when it reloads, so the playground
     * drops every persona's (the page is the client of all of them).
     */
    synchronized void dropEphemerals() {
        if (ephemerals.values().stream().anyMatch(list -> !list.isEmpty())) {
            ephemerals.clear();
            changed();
        }
    }

    /** The persona has seen the conversation up to {@code ts}; a read mark never moves back. */
    synchronized void markRead(String persona, String channel, String ts) {
        Map<String, String> marks = readMarks.computeIfAbsent(persona, p -> new HashMap<>());
        String current = marks.get(channel);
        if (ts != null && (current == null || new java.math.BigDecimal(ts).compareTo(new java.math.BigDecimal(current)) > 0)) {
            marks.put(channel, ts);
            changed();
        }
    }

    synchronized Optional<Ephemeral> findEphemeral(String persona, String id) {
        return ephemerals.getOrDefault(persona, List.of()).stream().filter(e -> e.id().equals(id)).findFirst();
    }

    // --- modals and the App Home

    /** views.open: a new modal stack for the persona (Slack closes nothing for you, but one stack is what users see). */
    synchronized ObjectNode openModal(String persona, ObjectNode view) {
        Deque<Modal> stack = modals.computeIfAbsent(persona, p -> new ArrayDeque<>());
        stack.clear();
        return pushModal(persona, view);
    }

    synchronized ObjectNode pushModal(String persona, ObjectNode view) {
        ObjectNode stored = stamp(view, newId("V"));
        modals.computeIfAbsent(persona, p -> new ArrayDeque<>()).addLast(new Modal(stored.path("id").asText(), stored));
        changed();
        return stored;
    }

    /** views.update (or a {@code response_action: update}) by view id or external id; empty when no such view is open. */
    synchronized Optional<ObjectNode> updateModal(String viewId, String externalId, ObjectNode view) {
        for (Map.Entry<String, Deque<Modal>> entry : modals.entrySet()) {
            List<Modal> stack = new ArrayList<>(entry.getValue());
            for (int i = 0; i < stack.size(); i++) {
                ObjectNode current = stack.get(i).view();
                boolean match = viewId != null && !viewId.isBlank() ? stack.get(i).id().equals(viewId)
                        : externalId != null && externalId.equals(current.path("external_id").asText(null));
                if (match) {
                    ObjectNode stored = stamp(view, stack.get(i).id());
                    stack.set(i, new Modal(stack.get(i).id(), stored));
                    entry.getValue().clear();
                    entry.getValue().addAll(stack);
                    changed();
                    return Optional.of(stored);
                }
            }
        }
        ObjectNode home = homes.values().stream().filter(h -> h.path("id").asText().equals(viewId)).findFirst().orElse(null);
        if (home != null) {
            String owner = homes.entrySet().stream().filter(e -> e.getValue() == home).findFirst().orElseThrow().getKey();
            return Optional.of(publishHome(owner, view));
        }
        return Optional.empty();
    }

    synchronized Optional<Modal> modal(String persona, String viewId) {
        return modals.getOrDefault(persona, new ArrayDeque<>()).stream().filter(m -> m.id().equals(viewId)).findFirst();
    }

    /** Closes the view and any pushed above it, as Slack does when a view is submitted or closed. */
    synchronized void closeModal(String persona, String viewId) {
        Deque<Modal> stack = modals.getOrDefault(persona, new ArrayDeque<>());
        if (stack.stream().anyMatch(m -> m.id().equals(viewId))) {
            while (!stack.isEmpty() && !stack.peekLast().id().equals(viewId)) {
                stack.removeLast();
            }
            stack.pollLast();
            changed();
        }
    }

    synchronized void clearModals(String persona) {
        Deque<Modal> stack = modals.getOrDefault(persona, new ArrayDeque<>());
        if (!stack.isEmpty()) {
            stack.clear();
            changed();
        }
    }

    synchronized ObjectNode publishHome(String persona, ObjectNode view) {
        ObjectNode current = homes.get(persona);
        ObjectNode stored = stamp(view, current != null ? current.path("id").asText() : newId("V"));
        homes.put(persona, stored);
        changed();
        return stored;
    }

    synchronized Optional<ObjectNode> home(String persona) {
        return Optional.ofNullable(homes.get(persona));
    }

    private ObjectNode stamp(ObjectNode view, String id) {
        ObjectNode stored = view.deepCopy();
        stored.put("id", id);
        stored.put("team_id", Personas.TEAM_ID);
        stored.put("app_id", Personas.APP_ID);
        stored.put("bot_id", Personas.BOT_ID);
        stored.put("hash", (clock.millis() / 1000) + "." + Long.toHexString(++sequence));
        if (!stored.has("private_metadata")) {
            stored.put("private_metadata", "");
        }
        if (!stored.has("callback_id")) {
            stored.put("callback_id", "");
        }
        if (!stored.has("blocks")) {
            stored.set("blocks", json.createArrayNode());
        }
        return stored;
    }

    // --- files

    synchronized String reserveUpload(String filename) {
        String id = newId("F");
        pendingUploads.put(id, filename == null || filename.isBlank() ? "file" : filename);
        return id;
    }

    synchronized boolean receiveUpload(String id, byte[] bytes) {
        String name = pendingUploads.get(id);
        if (name == null) {
            return false;
        }
        files.put(id, new StoredFile(id, name, name, mimeType(name), bytes));
        return true;
    }

    synchronized Optional<StoredFile> completeUpload(String id, String title) {
        StoredFile file = files.get(id);
        if (file == null) {
            return Optional.empty();
        }
        pendingUploads.remove(id);
        StoredFile titled = new StoredFile(id, file.name(), title == null || title.isBlank() ? file.name() : title,
                file.mimeType(), file.bytes());
        files.put(id, titled);
        return Optional.of(titled);
    }

    synchronized StoredFile storeFile(String name, String title, byte[] bytes) {
        StoredFile file = new StoredFile(newId("F"), name, title, mimeType(name), bytes);
        files.put(file.id(), file);
        return file;
    }

    synchronized Optional<StoredFile> file(String id) {
        return Optional.ofNullable(files.get(id));
    }

    private static String mimeType(String name) {
        String lower = name.toLowerCase();
        if (lower.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        if (lower.endsWith(".md")) {
            return "text/markdown; charset=utf-8";
        }
        if (lower.endsWith(".json")) {
            return "application/json";
        }
        if (lower.endsWith(".png")) {
            return "image/png";
        }
        return "application/octet-stream";
    }

    /** The page's view of the workspace for one persona (see PLAYGROUND.md, {@code GET state}). */
    synchronized ObjectNode snapshot(Persona persona) {
        ObjectNode state = json.createObjectNode();
        state.put("version", version);
        ArrayNode conversations = state.putArray("conversations");
        Map<String, String> marks = readMarks.getOrDefault(persona.id(), Map.of());
        conversation(conversations, persona.dmChannel(), Personas.BOT_NAME, "dm", marks);
        conversation(conversations, Personas.NETWORK_CHANNEL, Personas.NETWORK_CHANNEL_NAME, "channel", marks);
        ArrayNode ephemeralList = state.putArray("ephemerals");
        for (Ephemeral e : ephemerals.getOrDefault(persona.id(), List.of())) {
            ObjectNode node = ephemeralList.addObject().put("id", e.id()).put("ts", e.ts()).put("channel", e.channel())
                    .put("text", e.text());
            node.set("blocks", e.blocks() == null ? json.createArrayNode() : e.blocks());
        }
        ArrayNode modalList = state.putArray("modals");
        for (Modal m : modals.getOrDefault(persona.id(), new ArrayDeque<>())) {
            modalList.addObject().put("id", m.id()).set("view", m.view());
        }
        ObjectNode home = homes.get(persona.id());
        if (home == null) {
            state.putNull("home");
        } else {
            state.putObject("home").set("view", home);
        }
        return state;
    }

    private void conversation(ArrayNode conversations, String id, String name, String kind, Map<String, String> marks) {
        ObjectNode conversation = conversations.addObject().put("id", id).put("name", name).put("kind", kind);
        if (marks.containsKey(id)) {
            conversation.put("lastRead", marks.get(id));
        } else {
            conversation.putNull("lastRead");
        }
        ArrayNode list = conversation.putArray("messages");
        for (Message m : messages.getOrDefault(id, List.of())) {
            ObjectNode node = list.addObject().put("ts", m.ts()).put("user", m.user()).put("userName", Personas.nameOf(m.user()))
                    .put("text", m.text()).put("edited", m.edited());
            node.set("blocks", m.blocks() == null ? json.createArrayNode() : m.blocks());
            ArrayNode reactionList = node.putArray("reactions");
            reactions.getOrDefault(id + "/" + m.ts(), Map.of()).forEach((emoji, users) -> {
                ObjectNode reaction = reactionList.addObject().put("name", emoji).put("count", users.size());
                users.forEach(reaction.putArray("users")::add);
            });
            ArrayNode fileList = node.putArray("files");
            for (String fileId : m.fileIds()) {
                StoredFile file = files.get(fileId);
                if (file != null) {
                    fileList.addObject().put("id", file.id()).put("name", file.name()).put("title", file.title())
                            .put("url", PlaygroundPaths.FILES + "/" + file.id());
                }
            }
        }
    }
}
