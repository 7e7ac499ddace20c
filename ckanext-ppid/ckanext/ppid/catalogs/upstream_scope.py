"""Which CKAN, ckanext-scheming and ckanext-activity strings public pages show: the upstream msgids.

Starting from the page templates and view functions listed below, this follows template references
(extends, ckan_extends, include, import, snippet, template names in string literals) through the same
template search path the portal uses, and Python calls (view functions, the ``h.`` helpers the templates and
views call, and what those call in turn) through CKAN's and the extensions' modules. Every message babel
extracts from a reached template, or from the lines of a reached function, is in scope.

It over-approximates on purpose (a whole template counts, even blocks a child replaces): an extra msgid costs
one translation, a missing one leaves English on a page. Run by ``pipeline.py extract``; reads the installed
packages, needs no CKAN configuration.
"""

from __future__ import annotations

import ast
import importlib.util
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po

# Page templates the public reaches. To translate another page, add it here and run extract + update.
PAGES = (
    "home/index.html",
    "home/about.html",
    "package/search.html",
    "package/read.html",
    "package/resource_read.html",
    "scheming/package/read.html",  # ckanext-scheming's IDatasetForm templates for the dataset type
    "scheming/package/resource_read.html",
    "package/group_list.html",
    "package/activity_stream.html",
    "organization/index.html",
    "organization/read.html",
    "organization/about.html",
    "organization/activity_stream.html",
    "group/index.html",
    "group/read.html",
    "group/about.html",
    "group/activity_stream.html",
    "user/login.html",
    "user/new.html",
    "user/request_reset.html",
    "error_document_template.html",
    # What staff, applicants, the Atasan PPID and the assessor reach once logged in: the dataset and resource
    # forms of every dataset type, resource views, the unit's pages, the person's own pages.
    "package/new.html",
    "package/edit.html",
    # The forms IDatasetForm names in Python (scheming's, and core's it extends), with every field snippet.
    "scheming/package/snippets/package_form.html",
    "scheming/package/snippets/resource_form.html",
    "package/new_package_form.html",
    "package/snippets/package_form.html",
    "package/snippets/resource_form.html",
    "package/snippets/resource_edit_form.html",
    "package/snippets/view_form.html",
    "package/snippets/view_form_filters.html",
    "organization/snippets/organization_form.html",
    "user/edit_user_form.html",
    "user/new_user_form.html",
    "package/new_resource.html",
    "package/new_resource_not_draft.html",
    "package/resource_edit.html",
    "package/resources.html",
    "package/resource_views.html",
    "package/new_view.html",
    "package/edit_view.html",
    "package/confirm_delete.html",
    "package/confirm_delete_resource.html",
    "package/followers.html",
    "organization/edit.html",
    "scheming/organization/group_form.html",  # the organization form scheming_organizations names in Python
    "organization/members.html",
    "organization/member_new.html",
    "organization/manage_members.html",
    "organization/bulk_process.html",
    "organization/confirm_delete.html",
    "organization/confirm_delete_member.html",
    "group/members.html",
    "group/member_new.html",
    "user/read.html",
    "user/edit.html",
    "user/list.html",
    "user/api_tokens.html",
    "user/dashboard.html",
    "user/dashboard_datasets.html",
    "user/dashboard_organizations.html",
    "user/dashboard_groups.html",
    "user/read_organizations.html",
    "user/read_groups.html",
    "user/followers.html",
    "user/confirm_delete.html",
    "user/activity_stream.html",
    "user/perform_reset.html",
    "user/logout_first.html",
    # The DataTables view's form and page (a view of a resource in the DataStore).
    "datatables/datatables_form.html",
    "datatables/datatables_view.html",
)

# The Python that serves those pages: "module:function", "module:Class" (all methods) or "module" (all of it).
VIEWS = (
    "ckan.views.home:index",
    "ckan.views.home:about",
    "ckan.views.dataset:search",
    "ckan.views.dataset:read",
    "ckan.views.dataset:follow",
    "ckan.views.dataset:unfollow",
    "ckan.views.dataset:GroupView.get",
    "ckan.views.resource:read",
    "ckan.views.resource:download",
    "ckan.views.group:index",
    "ckan.views.group:read",
    "ckan.views.group:about",
    "ckan.views.group:follow",
    "ckan.views.group:unfollow",
    "ckan.views.user:login",
    "ckan.views.user:logout",
    "ckan.views.user:RegisterView.get",
    "ckan.views.user:RequestResetView",
    "ckan.config.middleware.flask_app:_register_error_handler",
    "ckanext.activity.views:package_activity",
    "ckanext.activity.views:group_activity",
    # The forms and the person's pages (all of each module: every view of it is reachable by someone).
    "ckan.views.dataset",
    "ckan.views.resource",
    "ckan.views.user",
    "ckan.views.dashboard",
    "ckan.views.group",
    "ckanext.activity.views",
    # Role names (organization members, the person's organizations).
    "ckan.authz",
    # License titles (dataset page, licence facet) and relative dates ("3 hari yang lalu").
    "ckan.model.license",
    "ckan.lib.formatters",
    # What the sign-up form answers to a bad entry (the user schema's validators).
    "ckan.logic.validators:name_validator",
    "ckan.logic.validators:user_name_validator",
    "ckan.logic.validators:user_password_validator",
    "ckan.logic.validators:user_passwords_match",
    "ckan.logic.validators:user_both_passwords_entered",
    "ckan.logic.validators:email_validator",
    "ckan.logic.validators:email_is_unique",
)

# Template directories after our own, in ckan.plugins order (ppid, scheming, datatables_view, activity),
# then core.
TEMPLATE_PACKAGES = ("ckanext.scheming", "ckanext.datatablesview", "ckanext.activity", "ckan")

# Where ``h.<name>`` is looked up, in CKAN's order of precedence (plugins' helpers override core's).
HELPER_MODULES = ("ckanext.scheming.helpers", "ckanext.activity.helpers", "ckan.lib.helpers")

# Python calls are followed only into these packages (the rest has no page strings).
FOLLOW_PACKAGES = ("ckan.", "ckanext.scheming.", "ckanext.activity.")
NOT_FOLLOWED = ("ckan.logic.action.", "ckan.logic.auth.", "ckan.lib.navl.", "ckan.model.", "ckan.lib.search.")

# Values templates pass to _() from the data, which no extractor sees: the template, and the values it shows.
DATA_MESSAGES = {
    "ckan/templates/user/snippets/info.html": ("active", "pending", "deleted"),  # {{ _(user.state) }}
}

# werkzeug's English name and description of an HTTP error reach the error page as text; a template that
# wraps them in _() gets them translated (see i18n/README.md).
HTTP_ERRORS = (400, 403, 404, 405, 413, 429, 500)

_TEMPLATE_NAME = re.compile(r"""["']([\w./-]+\.(?:html|txt))["']""")
_TEMPLATE_DIR_PLUS = re.compile(r"""["']([\w./-]+/)["']\s*\+""")
_TEMPLATE_FORMAT = re.compile(r"""["']([\w./-]*)\{\}([\w./-]*\.html)["']\s*\.format""")
_CKAN_EXTENDS = re.compile(r"{%-?\s*ckan_extends\b")
_HELPER_CALL = re.compile(r"\bh\.(\w+)")
_DATA_MODULE = re.compile(r"""data-module=["']([\w\s-]+)["']""")

# JavaScript modules every page loads; the others count when a reached template names them in data-module.
ALWAYS_JS = ("notify", "htmx-ckan")


@dataclass(frozen=True)
class Message:
    """A msgid (with its plural, if any) and where it occurs, as ``(relative path, line)``."""

    id: str | tuple[str, str]
    location: tuple[str, int]


def package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise LookupError(f"package {name} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def module_file(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)
    return Path(spec.origin) if spec and spec.origin and spec.origin.endswith(".py") else None


def relative(path: Path) -> str:
    """A path as CKAN's own .pot writes it: from the directory holding the top-level package."""
    parts = path.resolve().parts
    for top in ("ckanext", "ckan", "werkzeug"):
        if top in parts:
            index = len(parts) - 1 - parts[::-1].index(top)
            return "/".join(parts[index:])
    return path.name


# ---------------------------------------------------------------------------------------------- templates
class TemplatePath:
    """The portal's template search path: first match wins; ckan_extends continues below the current one."""

    def __init__(self, directories: Iterable[Path]):
        self.directories = [d for d in directories if d.is_dir()]

    def resolve(self, name: str, start: int = 0) -> tuple[int, Path] | None:
        for index in range(start, len(self.directories)):
            candidate = self.directories[index] / name
            if candidate.is_file():
                return index, candidate
        return None

    def glob(self, prefix: str, suffix: str) -> set[str]:
        names = set()
        for directory in self.directories:
            for path in directory.glob(f"{prefix}*{suffix}"):
                names.add(path.relative_to(directory).as_posix())
        return names


def template_references(text: str) -> set[str]:
    """Template names a template's source refers to (static names, ``'dir/' + x``, ``'x/{}.html'.format``)."""
    return set(_TEMPLATE_NAME.findall(text))


@dataclass
class Reached:
    """What the page templates reach: template files, ``h.`` helper names, JavaScript module names."""

    templates: list[Path] = field(default_factory=list)
    helpers: set[str] = field(default_factory=set)
    js_modules: set[str] = field(default_factory=set)


def reachable_templates(pages: Iterable[str], path: TemplatePath) -> Reached:
    """Every template file reachable from ``pages``, and the helpers and JS modules they use."""
    seen: dict[Path, None] = {}
    reached = Reached()
    queue: list[tuple[str, int]] = [(page, 0) for page in pages]
    done: set[tuple[str, int]] = set()
    while queue:
        name, start = queue.pop()
        if (name, start) in done:
            continue
        done.add((name, start))
        found = path.resolve(name, start)
        if found is None:
            continue
        index, file = found
        if file in seen:
            continue
        seen[file] = None
        text = file.read_text(encoding="utf-8")
        reached.helpers.update(_HELPER_CALL.findall(text))
        for modules in _DATA_MODULE.findall(text):
            reached.js_modules.update(modules.split())
        if _CKAN_EXTENDS.search(text):
            queue.append((name, index + 1))
        queue.extend((ref, 0) for ref in template_references(text))
        for prefix in _TEMPLATE_DIR_PLUS.findall(text):
            queue.extend((ref, 0) for ref in path.glob(prefix, ".html"))
        for prefix, suffix in _TEMPLATE_FORMAT.findall(text):
            queue.extend((ref, 0) for ref in path.glob(prefix, suffix))
    reached.templates = list(seen)
    return reached


# ---------------------------------------------------------------------------------------------- python
@dataclass
class _Module:
    name: str
    file: Path
    functions: dict[str, ast.AST] = field(default_factory=dict)  # "f" and "Class.method"
    classes: dict[str, list[str]] = field(default_factory=dict)
    imports: dict[str, str] = field(default_factory=dict)  # local name -> "module" or "module:attr"


class PythonIndex:
    """Parsed modules, and the call graph between their functions as far as names tell."""

    def __init__(self) -> None:
        self._modules: dict[str, _Module | None] = {}

    def module(self, name: str) -> _Module | None:
        if name not in self._modules:
            self._modules[name] = self._parse(name)
        return self._modules[name]

    @staticmethod
    def _parse(name: str) -> _Module | None:
        try:
            file = module_file(name)
        except (ImportError, ValueError):
            return None
        if file is None:
            return None
        tree = ast.parse(file.read_text(encoding="utf-8"), str(file))
        module = _Module(name, file)
        for node in tree.body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                module.functions[node.name] = node
            elif isinstance(node, ast.ClassDef):
                methods = [n for n in node.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
                module.classes[node.name] = [f"{node.name}.{m.name}" for m in methods]
                module.functions.update({f"{node.name}.{m.name}": m for m in methods})
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.asname:
                        module.imports[alias.asname] = alias.name
                    else:
                        top = alias.name.split(".")[0]
                        module.imports[top] = top
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    module.imports[alias.asname or alias.name] = f"{node.module}:{alias.name}"
        return module

    def helper(self, name: str) -> tuple[str, str] | None:
        for module_name in HELPER_MODULES:
            module = self.module(module_name)
            if module and name in module.functions:
                return module_name, name
        return None

    def callees(self, module: _Module, name: str) -> Iterator[tuple[str, str]]:
        """Functions a function names: same module, imported, ``module.f``, ``h.f``, ``self.m``."""
        function = module.functions[name]
        class_name = name.split(".")[0] if "." in name else None
        for node in ast.walk(function):
            if isinstance(node, ast.Name):
                if node.id in module.functions:
                    yield module.name, node.id
                elif node.id in module.classes:
                    yield from ((module.name, m) for m in module.classes[node.id])
                elif ":" in module.imports.get(node.id, ""):
                    yield tuple(module.imports[node.id].split(":", 1))  # type: ignore[misc]
            elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                target = node.value.id
                if target == "self" and class_name:
                    yield module.name, f"{class_name}.{node.attr}"
                    continue
                if target == "h":
                    found = self.helper(node.attr)
                    if found:
                        yield found
                    continue
                imported = module.imports.get(target, "")
                if imported:
                    yield imported.replace(":", "."), node.attr

    def closure(self, roots: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
        reached: set[tuple[str, str]] = set()
        queue = list(roots)
        while queue:
            module_name, function_name = queue.pop()
            if (module_name, function_name) in reached or not _followed(module_name):
                continue
            module = self.module(module_name)
            if module is None or function_name not in module.functions:
                continue
            reached.add((module_name, function_name))
            queue.extend(self.callees(module, function_name))
        return reached


def _followed(module_name: str) -> bool:
    name = module_name + "."
    return name.startswith(FOLLOW_PACKAGES) and not name.startswith(NOT_FOLLOWED)


def _view_roots(index: PythonIndex, specs: Iterable[str]) -> tuple[list[tuple[str, str]], list[str]]:
    functions, whole_modules = [], []
    for spec in specs:
        module_name, _, attr = spec.partition(":")
        module = index.module(module_name)
        if module is None:
            raise LookupError(f"{spec}: module not found")
        if not attr:
            whole_modules.append(module_name)
        elif attr in module.classes:
            functions.extend((module_name, method) for method in module.classes[attr])
        elif attr in module.functions:
            functions.append((module_name, attr))
        else:
            raise LookupError(f"{spec}: no such function or class")
    return functions, whole_modules


# ---------------------------------------------------------------------------------------------- messages
def _extract(method: str, file: Path) -> list[tuple[int, str | tuple[str, str]]]:
    found = []
    for lineno, message, _comments, context in extract_from_file(method, file):
        if context is None and message:
            found.append((lineno, message))
    return found


def _messages_in(method: str, file: Path, lines: tuple[int, int] | None = None) -> Iterator[Message]:
    for lineno, message in _extract(method, file):
        if lines is None or lines[0] <= lineno <= lines[1]:
            yield Message(message, (relative(file), lineno))


def _js_messages(modules: set[str]) -> Iterator[Message]:
    """CKAN core's JavaScript strings of the given modules, as ckan.pot records them."""
    pot_file = package_dir("ckan") / "i18n" / "ckan.pot"
    with pot_file.open("rb") as f:
        pot = read_po(f)
    for message in pot:
        for location, lineno in message.locations:
            if location.endswith(".js") and Path(location).stem in modules:
                yield Message(message.id, (location, lineno or 0))


def _http_error_messages() -> Iterator[Message]:
    from werkzeug import exceptions

    file = Path(exceptions.__file__)
    for code in HTTP_ERRORS:
        error = exceptions.default_exceptions[code]()
        yield Message(error.name, (relative(file), code))
        yield Message(" ".join(error.description.split()), (relative(file), code))


def upstream_messages(own_templates: Path | None = None) -> list[Message]:
    """All upstream messages in scope, in a stable order (by file, then line)."""
    directories = ([own_templates] if own_templates else []) + [
        package_dir(name) / "templates" for name in TEMPLATE_PACKAGES
    ]
    reached = reachable_templates(PAGES, TemplatePath(directories))
    index = PythonIndex()
    roots, whole_modules = _view_roots(index, VIEWS)
    roots.extend(found for name in sorted(reached.helpers) if (found := index.helper(name)))
    messages: list[Message] = []
    for template in reached.templates:
        if own_templates and own_templates in template.parents:
            continue  # our own templates' strings are ours (ckanext-ppid.pot), not upstream
        messages.extend(_messages_in("ckan.lib.extract:extract_ckan", template))
    for module_name in whole_modules:
        module = index.module(module_name)
        assert module is not None
        messages.extend(_messages_in("python", module.file))
    for module_name, function_name in index.closure(roots):
        module = index.module(module_name)
        assert module is not None
        node = module.functions[function_name]
        span = (node.lineno, node.end_lineno or node.lineno)
        messages.extend(_messages_in("python", module.file, span))
    messages.extend(_js_messages(reached.js_modules | set(ALWAYS_JS)))
    messages.extend(_http_error_messages())
    messages.extend(
        Message(value, (template, 0)) for template, values in DATA_MESSAGES.items() for value in values
    )
    return sorted(set(messages), key=lambda m: (m.location, str(m.id)))
