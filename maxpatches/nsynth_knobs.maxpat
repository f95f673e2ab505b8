{
	"patcher": {
		"fileversion": 1,
		"appversion": {
			"major": 8,
			"minor": 5,
			"revision": 5,
			"architecture": "x64",
			"modernui": 1
		},
		"classnamespace": "box",
		"rect": [
			40.0,
			80.0,
			1215.0,
			1612.0
		],
		"bglocked": 0,
		"openinpresentation": 1,
		"default_fontsize": 12.0,
		"default_fontface": 0,
		"default_fontname": "Arial",
		"gridonopen": 1,
		"gridsize": [
			15.0,
			15.0
		],
		"gridsnaponopen": 1,
		"objectsnaponopen": 1,
		"statusbarvisible": 2,
		"toolbarvisible": 1,
		"lefttoolbarpinned": 0,
		"toptoolbarpinned": 0,
		"righttoolbarpinned": 0,
		"bottomtoolbarpinned": 0,
		"toolbars_unpinned_last_save": 0,
		"tallnewobj": 0,
		"boxanimatetime": 200,
		"enablehscroll": 1,
		"enablevscroll": 1,
		"devicewidth": 0.0,
		"description": "",
		"digest": "",
		"tags": "",
		"style": "",
		"subpatcher_template": "",
		"assistshowspatchername": 0,
		"boxes": [
			{
				"box": {
					"id": "obj-1",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						10,
						800,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						10,
						800,
						22
					],
					"text": "nsynth knobs: edit the 16 embedding components; each answer shows whether it was exact, nearest or blend (docs/max.md)"
				}
			},
			{
				"box": {
					"id": "obj-2",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						40,
						270,
						22.0
					],
					"text": "server 127.0.0.1:7770, replies to port 7774"
				}
			},
			{
				"box": {
					"id": "obj-3",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						20,
						70,
						60.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "loadbang"
				}
			},
			{
				"box": {
					"id": "obj-4",
					"maxclass": "button",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						100,
						70,
						22,
						22
					],
					"presentation": 1,
					"presentation_rect": [
						440,
						42,
						22,
						22
					],
					"outlettype": [
						"bang"
					]
				}
			},
			{
				"box": {
					"id": "obj-5",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						125,
						70,
						52.6,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						465,
						42,
						53,
						22
					],
					"text": "connect"
				}
			},
			{
				"box": {
					"id": "obj-6",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 5,
					"patching_rect": [
						20,
						100,
						64.0,
						22.0
					],
					"outlettype": [
						"",
						"",
						"",
						"",
						""
					],
					"text": "t b b b b b"
				}
			},
			{
				"box": {
					"id": "obj-7",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						20,
						130,
						108.0,
						22.0
					],
					"text": "/nsynth/hello 7774",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-8",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						40,
						160,
						94.6,
						22.0
					],
					"text": "/nsynth/sources",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-9",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						60,
						190,
						84.6,
						22.0
					],
					"text": "/nsynth/status",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-10",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						80,
						220,
						102.0,
						22.0
					],
					"text": "/nsynth/knobmap",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-11",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						250,
						140.0,
						22.0
					],
					"outlettype": [],
					"text": "udpsend 127.0.0.1 7770"
				}
			},
			{
				"box": {
					"id": "obj-12",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						20,
						290,
						99.3,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "udpreceive 7774"
				}
			},
			{
				"box": {
					"id": "obj-13",
					"maxclass": "newobj",
					"numinlets": 3,
					"numoutlets": 3,
					"patching_rect": [
						20,
						320,
						214.7,
						22.0
					],
					"outlettype": [
						"",
						"",
						""
					],
					"text": "route /nsynth/welcome /nsynth/sample"
				}
			},
			{
				"box": {
					"id": "obj-14",
					"maxclass": "newobj",
					"numinlets": 3,
					"numoutlets": 3,
					"patching_rect": [
						30,
						350,
						184.0,
						22.0
					],
					"outlettype": [
						"",
						"",
						""
					],
					"text": "route /nsynth/ready /nsynth/error"
				}
			},
			{
				"box": {
					"id": "obj-15",
					"maxclass": "newobj",
					"numinlets": 3,
					"numoutlets": 3,
					"patching_rect": [
						40,
						380,
						230.0,
						22.0
					],
					"outlettype": [
						"",
						"",
						""
					],
					"text": "route /nsynth/source /nsynth/sources/end"
				}
			},
			{
				"box": {
					"id": "obj-16",
					"maxclass": "newobj",
					"numinlets": 3,
					"numoutlets": 3,
					"patching_rect": [
						50,
						410,
						186.7,
						22.0
					],
					"outlettype": [
						"",
						"",
						""
					],
					"text": "route /nsynth/status /nsynth/knob"
				}
			},
			{
				"box": {
					"id": "obj-17",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						60,
						440,
						156.0,
						22.0
					],
					"outlettype": [
						"",
						""
					],
					"text": "route /nsynth/knobmap/end"
				}
			},
			{
				"box": {
					"id": "obj-18",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						70,
						470,
						132.7,
						22.0
					],
					"outlettype": [],
					"text": "print nsynth-unhandled"
				}
			},
			{
				"box": {
					"id": "obj-19",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						510,
						270.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						336,
						270,
						22
					],
					"text": "server: protocol, bank size"
				}
			},
			{
				"box": {
					"id": "obj-20",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						20,
						535,
						74.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "obj-21",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						20,
						565,
						270.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						361,
						270,
						22
					],
					"text": "",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-22",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						330,
						100,
						45.0,
						22.0
					],
					"outlettype": [
						"",
						""
					],
					"text": "t b b"
				}
			},
			{
				"box": {
					"id": "obj-23",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						330,
						130,
						40.6,
						22.0
					],
					"text": "dump",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-24",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						390,
						130,
						45.3,
						22.0
					],
					"text": "zlclear",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-25",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 4,
					"patching_rect": [
						330,
						160,
						45.0,
						22.0
					],
					"outlettype": [
						"",
						"",
						"",
						""
					],
					"text": "coll"
				}
			},
			{
				"box": {
					"id": "obj-26",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						330,
						195,
						76.6,
						22.0
					],
					"outlettype": [
						"list",
						"inactive"
					],
					"text": "zl.group 256"
				}
			},
			{
				"box": {
					"id": "obj-27",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						330,
						225,
						45.0,
						22.0
					],
					"outlettype": [
						"",
						""
					],
					"text": "t b l"
				}
			},
			{
				"box": {
					"id": "obj-28",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						430,
						255,
						45.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "i"
				}
			},
			{
				"box": {
					"id": "obj-29",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						430,
						285,
						45.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "+ 1"
				}
			},
			{
				"box": {
					"id": "obj-30",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						430,
						315,
						45.0,
						22.0
					],
					"outlettype": [
						"",
						""
					],
					"text": "t i i"
				}
			},
			{
				"box": {
					"id": "obj-31",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						330,
						335,
						45.0,
						22.0
					],
					"outlettype": [
						"list",
						"inactive"
					],
					"text": "zl.join"
				}
			},
			{
				"box": {
					"id": "obj-32",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						330,
						365,
						140.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "prepend /nsynth/request"
				}
			},
			{
				"box": {
					"id": "obj-33",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						490,
						335,
						45.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "t b"
				}
			},
			{
				"box": {
					"id": "obj-34",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						490,
						365,
						45.0,
						22.0
					],
					"outlettype": [
						"list",
						"inactive"
					],
					"text": "zl.reg"
				}
			},
			{
				"box": {
					"id": "obj-35",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						40,
						46.6,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						75,
						47,
						22
					],
					"text": "source"
				}
			},
			{
				"box": {
					"id": "obj-36",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						660,
						65,
						36.6,
						22.0
					],
					"text": "clear",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-37",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						560,
						65,
						98.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "prepend append"
				}
			},
			{
				"box": {
					"id": "obj-38",
					"maxclass": "umenu",
					"numinlets": 1,
					"numoutlets": 3,
					"patching_rect": [
						560,
						95,
						140,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						60,
						75,
						140,
						22
					],
					"outlettype": [
						"",
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-39",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						560,
						125,
						124.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "prepend store source"
				}
			},
			{
				"box": {
					"id": "obj-40",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						720,
						40,
						35.9,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						220,
						75,
						36,
						22
					],
					"text": "pitch"
				}
			},
			{
				"box": {
					"id": "obj-41",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						770,
						40,
						60.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "loadbang"
				}
			},
			{
				"box": {
					"id": "obj-42",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						770,
						65,
						30.0,
						22.0
					],
					"text": "60",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-43",
					"maxclass": "number",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						720,
						95,
						50,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						260,
						75,
						50,
						22
					],
					"outlettype": [
						"",
						""
					],
					"minimum": 0,
					"maximum": 127
				}
			},
			{
				"box": {
					"id": "obj-44",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						720,
						125,
						113.3,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "prepend store pitch"
				}
			},
			{
				"box": {
					"id": "obj-45",
					"maxclass": "button",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						330,
						40,
						26,
						26
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						40,
						26,
						26
					],
					"outlettype": [
						"bang"
					]
				}
			},
			{
				"box": {
					"id": "obj-46",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						360,
						43,
						50.6,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						40,
						43,
						51,
						22
					],
					"text": "request"
				}
			},
			{
				"box": {
					"id": "obj-47",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						880,
						40,
						22,
						22
					],
					"presentation": 1,
					"presentation_rect": [
						120,
						42,
						22,
						22
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-48",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						905,
						40,
						280,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						145,
						42,
						280,
						22
					],
					"text": "auto: request 300 ms after a change"
				}
			},
			{
				"box": {
					"id": "obj-49",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						880,
						70,
						45.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "gate 1"
				}
			},
			{
				"box": {
					"id": "obj-50",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						880,
						100,
						62.6,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "delay 300"
				}
			},
			{
				"box": {
					"id": "obj-51",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						610,
						900,
						22.0
					],
					"text": "per component: gain dial, offset dial, sign flip (left toggle), zero (right toggle); gain 0..2, offset -1..1"
				}
			},
			{
				"box": {
					"id": "obj-52",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						20,
						635,
						60.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "loadbang"
				}
			},
			{
				"box": {
					"id": "obj-53",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						100,
						635,
						30.6,
						22.0
					],
					"text": "100",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-54",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						720,
						45,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						156,
						45,
						22
					],
					"text": "gain"
				}
			},
			{
				"box": {
					"id": "obj-55",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						770,
						45,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						201,
						45,
						22
					],
					"text": "offset"
				}
			},
			{
				"box": {
					"id": "obj-56",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						815,
						45,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						236,
						45,
						22
					],
					"text": "flip zero"
				}
			},
			{
				"box": {
					"id": "obj-57",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						70,
						665,
						48,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						60,
						108,
						48,
						18
					],
					"text": "c0"
				}
			},
			{
				"box": {
					"id": "obj-58",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						70,
						687,
						48,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						60,
						126,
						48,
						18
					],
					"text": ""
				}
			},
			{
				"box": {
					"id": "obj-59",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						70,
						710,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						60,
						146,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-60",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						70,
						760,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						60,
						191,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-61",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						70,
						815,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						60,
						238,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-62",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						92,
						815,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						82,
						238,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-63",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						70,
						845,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										117.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain0"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset0"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c0",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-64",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						134,
						665,
						48,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						110,
						108,
						48,
						18
					],
					"text": "c1"
				}
			},
			{
				"box": {
					"id": "obj-65",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						134,
						687,
						48,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						110,
						126,
						48,
						18
					],
					"text": ""
				}
			},
			{
				"box": {
					"id": "obj-66",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						134,
						710,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						110,
						146,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-67",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						134,
						760,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						110,
						191,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-68",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						134,
						815,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						110,
						238,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-69",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						156,
						815,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						132,
						238,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-70",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						134,
						875,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										117.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain1"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset1"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c1",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-71",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						198,
						665,
						48,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						160,
						108,
						48,
						18
					],
					"text": "c2"
				}
			},
			{
				"box": {
					"id": "obj-72",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						198,
						687,
						48,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						160,
						126,
						48,
						18
					],
					"text": ""
				}
			},
			{
				"box": {
					"id": "obj-73",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						198,
						710,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						160,
						146,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-74",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						198,
						760,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						160,
						191,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-75",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						198,
						815,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						160,
						238,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-76",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						220,
						815,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						182,
						238,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-77",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						198,
						845,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										117.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain2"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset2"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c2",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-78",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						262,
						665,
						48,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						210,
						108,
						48,
						18
					],
					"text": "c3"
				}
			},
			{
				"box": {
					"id": "obj-79",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						262,
						687,
						48,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						210,
						126,
						48,
						18
					],
					"text": ""
				}
			},
			{
				"box": {
					"id": "obj-80",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						262,
						710,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						210,
						146,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-81",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						262,
						760,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						210,
						191,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-82",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						262,
						815,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						210,
						238,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-83",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						284,
						815,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						232,
						238,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-84",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						262,
						875,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										117.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain3"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset3"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c3",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-85",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						326,
						665,
						48,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						260,
						108,
						48,
						18
					],
					"text": "c4"
				}
			},
			{
				"box": {
					"id": "obj-86",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						326,
						687,
						48,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						260,
						126,
						48,
						18
					],
					"text": ""
				}
			},
			{
				"box": {
					"id": "obj-87",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						326,
						710,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						260,
						146,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-88",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						326,
						760,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						260,
						191,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-89",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						326,
						815,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						260,
						238,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-90",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						348,
						815,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						282,
						238,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-91",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						326,
						845,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										117.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain4"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset4"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c4",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-92",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						390,
						665,
						48,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						310,
						108,
						48,
						18
					],
					"text": "c5"
				}
			},
			{
				"box": {
					"id": "obj-93",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						390,
						687,
						48,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						310,
						126,
						48,
						18
					],
					"text": ""
				}
			},
			{
				"box": {
					"id": "obj-94",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						390,
						710,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						310,
						146,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-95",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						390,
						760,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						310,
						191,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-96",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						390,
						815,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						310,
						238,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-97",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						412,
						815,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						332,
						238,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-98",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						390,
						875,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										117.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain5"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset5"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c5",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-99",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						454,
						665,
						48,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						360,
						108,
						48,
						18
					],
					"text": "c6"
				}
			},
			{
				"box": {
					"id": "obj-100",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						454,
						687,
						48,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						360,
						126,
						48,
						18
					],
					"text": ""
				}
			},
			{
				"box": {
					"id": "obj-101",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						454,
						710,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						360,
						146,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-102",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						454,
						760,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						360,
						191,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-103",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						454,
						815,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						360,
						238,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-104",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						476,
						815,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						382,
						238,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-105",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						454,
						845,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										117.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain6"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset6"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c6",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-106",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						518,
						665,
						48,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						410,
						108,
						48,
						18
					],
					"text": "c7"
				}
			},
			{
				"box": {
					"id": "obj-107",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						518,
						687,
						48,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						410,
						126,
						48,
						18
					],
					"text": ""
				}
			},
			{
				"box": {
					"id": "obj-108",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						518,
						710,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						410,
						146,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-109",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						518,
						760,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						410,
						191,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-110",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						518,
						815,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						410,
						238,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-111",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						540,
						815,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						432,
						238,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-112",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						518,
						875,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										117.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain7"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset7"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c7",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-113",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						582,
						665,
						48,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						460,
						108,
						48,
						18
					],
					"text": "c8"
				}
			},
			{
				"box": {
					"id": "obj-114",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						582,
						687,
						48,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						460,
						126,
						48,
						18
					],
					"text": ""
				}
			},
			{
				"box": {
					"id": "obj-115",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						582,
						710,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						460,
						146,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-116",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						582,
						760,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						460,
						191,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-117",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						582,
						815,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						460,
						238,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-118",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						604,
						815,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						482,
						238,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-119",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						582,
						845,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										117.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain8"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset8"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c8",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-120",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						646,
						665,
						48,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						510,
						108,
						48,
						18
					],
					"text": "c9"
				}
			},
			{
				"box": {
					"id": "obj-121",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						646,
						687,
						48,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						510,
						126,
						48,
						18
					],
					"text": ""
				}
			},
			{
				"box": {
					"id": "obj-122",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						646,
						710,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						510,
						146,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-123",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						646,
						760,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						510,
						191,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-124",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						646,
						815,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						510,
						238,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-125",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						668,
						815,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						532,
						238,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-126",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						646,
						875,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										117.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain9"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset9"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c9",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-127",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						710,
						665,
						48,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						560,
						108,
						48,
						18
					],
					"text": "c10"
				}
			},
			{
				"box": {
					"id": "obj-128",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						710,
						687,
						48,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						560,
						126,
						48,
						18
					],
					"text": ""
				}
			},
			{
				"box": {
					"id": "obj-129",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						710,
						710,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						560,
						146,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-130",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						710,
						760,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						560,
						191,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-131",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						710,
						815,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						560,
						238,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-132",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						732,
						815,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						582,
						238,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-133",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						710,
						845,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain10"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										130.7,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset10"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c10",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-134",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						774,
						665,
						48,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						610,
						108,
						48,
						18
					],
					"text": "c11"
				}
			},
			{
				"box": {
					"id": "obj-135",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						774,
						687,
						48,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						610,
						126,
						48,
						18
					],
					"text": ""
				}
			},
			{
				"box": {
					"id": "obj-136",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						774,
						710,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						610,
						146,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-137",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						774,
						760,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						610,
						191,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-138",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						774,
						815,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						610,
						238,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-139",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						796,
						815,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						632,
						238,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-140",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						774,
						875,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain11"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										130.7,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset11"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c11",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-141",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						838,
						665,
						48,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						660,
						108,
						48,
						18
					],
					"text": "c12"
				}
			},
			{
				"box": {
					"id": "obj-142",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						838,
						687,
						48,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						660,
						126,
						48,
						18
					],
					"text": ""
				}
			},
			{
				"box": {
					"id": "obj-143",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						838,
						710,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						660,
						146,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-144",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						838,
						760,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						660,
						191,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-145",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						838,
						815,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						660,
						238,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-146",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						860,
						815,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						682,
						238,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-147",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						838,
						845,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain12"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										130.7,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset12"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c12",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-148",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						902,
						665,
						48,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						710,
						108,
						48,
						18
					],
					"text": "c13"
				}
			},
			{
				"box": {
					"id": "obj-149",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						902,
						687,
						48,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						710,
						126,
						48,
						18
					],
					"text": ""
				}
			},
			{
				"box": {
					"id": "obj-150",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						902,
						710,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						710,
						146,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-151",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						902,
						760,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						710,
						191,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-152",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						902,
						815,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						710,
						238,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-153",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						924,
						815,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						732,
						238,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-154",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						902,
						875,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain13"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										130.7,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset13"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c13",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-155",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						966,
						665,
						48,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						760,
						108,
						48,
						18
					],
					"text": "c14"
				}
			},
			{
				"box": {
					"id": "obj-156",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						966,
						687,
						48,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						760,
						126,
						48,
						18
					],
					"text": ""
				}
			},
			{
				"box": {
					"id": "obj-157",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						966,
						710,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						760,
						146,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-158",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						966,
						760,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						760,
						191,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-159",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						966,
						815,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						760,
						238,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-160",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						988,
						815,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						782,
						238,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-161",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						966,
						845,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain14"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										130.7,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset14"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c14",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-162",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						1030,
						665,
						48,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						810,
						108,
						48,
						18
					],
					"text": "c15"
				}
			},
			{
				"box": {
					"id": "obj-163",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						1030,
						687,
						48,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						810,
						126,
						48,
						18
					],
					"text": ""
				}
			},
			{
				"box": {
					"id": "obj-164",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						1030,
						710,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						810,
						146,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-165",
					"maxclass": "dial",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						1030,
						760,
						40,
						40
					],
					"presentation": 1,
					"presentation_rect": [
						810,
						191,
						40,
						40
					],
					"outlettype": [
						"float"
					],
					"size": 201
				}
			},
			{
				"box": {
					"id": "obj-166",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						1030,
						815,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						810,
						238,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-167",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						1052,
						815,
						18,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						832,
						238,
						18,
						18
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-168",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 2,
					"patching_rect": [
						1030,
						875,
						60.0,
						22.0
					],
					"patcher": {
						"fileversion": 1,
						"appversion": {
							"major": 8,
							"minor": 5,
							"revision": 5,
							"architecture": "x64",
							"modernui": 1
						},
						"classnamespace": "box",
						"rect": [
							40.0,
							80.0,
							480.0,
							382.0
						],
						"bglocked": 0,
						"openinpresentation": 0,
						"default_fontsize": 12.0,
						"default_fontface": 0,
						"default_fontname": "Arial",
						"gridonopen": 1,
						"gridsize": [
							15.0,
							15.0
						],
						"gridsnaponopen": 1,
						"objectsnaponopen": 1,
						"statusbarvisible": 2,
						"toolbarvisible": 1,
						"lefttoolbarpinned": 0,
						"toptoolbarpinned": 0,
						"righttoolbarpinned": 0,
						"bottomtoolbarpinned": 0,
						"toolbars_unpinned_last_save": 0,
						"tallnewobj": 0,
						"boxanimatetime": 200,
						"enablehscroll": 1,
						"enablevscroll": 1,
						"devicewidth": 0.0,
						"description": "",
						"digest": "",
						"tags": "",
						"style": "",
						"subpatcher_template": "",
						"assistshowspatchername": 0,
						"boxes": [
							{
								"box": {
									"id": "obj-1",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										20,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-2",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										20,
										45,
										100,
										22.0
									],
									"text": "gain dial"
								}
							},
							{
								"box": {
									"id": "obj-3",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										130,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-4",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										130,
										45,
										100,
										22.0
									],
									"text": "offset dial"
								}
							},
							{
								"box": {
									"id": "obj-5",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										240,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-6",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										240,
										45,
										100,
										22.0
									],
									"text": "sign flip"
								}
							},
							{
								"box": {
									"id": "obj-7",
									"maxclass": "inlet",
									"numinlets": 0,
									"numoutlets": 1,
									"patching_rect": [
										350,
										20,
										45.0,
										22.0
									],
									"outlettype": [
										""
									]
								}
							},
							{
								"box": {
									"id": "obj-8",
									"maxclass": "comment",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										350,
										45,
										100,
										22.0
									],
									"text": "zero"
								}
							},
							{
								"box": {
									"id": "obj-9",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-10",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										20,
										100,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ 0.00"
								}
							},
							{
								"box": {
									"id": "obj-11",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										75,
										45.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "/ 100."
								}
							},
							{
								"box": {
									"id": "obj-12",
									"maxclass": "newobj",
									"numinlets": 2,
									"numoutlets": 1,
									"patching_rect": [
										130,
										100,
										48.3,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "+ -1.00"
								}
							},
							{
								"box": {
									"id": "obj-13",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										20,
										140,
										76.6,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "pak 1. 0. 0 0"
								}
							},
							{
								"box": {
									"id": "obj-14",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										20,
										170,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t b l"
								}
							},
							{
								"box": {
									"id": "obj-15",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 2,
									"patching_rect": [
										100,
										200,
										45.0,
										22.0
									],
									"outlettype": [
										"",
										""
									],
									"text": "t l l"
								}
							},
							{
								"box": {
									"id": "obj-16",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										100,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f1*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-17",
									"maxclass": "newobj",
									"numinlets": 4,
									"numoutlets": 1,
									"patching_rect": [
										300,
										235,
										144.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "expr $f2*(1-2*$i3)*(1-$i4)"
								}
							},
							{
								"box": {
									"id": "obj-18",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										100,
										270,
										124.0,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store gain15"
								}
							},
							{
								"box": {
									"id": "obj-19",
									"maxclass": "newobj",
									"numinlets": 1,
									"numoutlets": 1,
									"patching_rect": [
										300,
										270,
										130.7,
										22.0
									],
									"outlettype": [
										""
									],
									"text": "prepend store offset15"
								}
							},
							{
								"box": {
									"id": "obj-20",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										100,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							},
							{
								"box": {
									"id": "obj-21",
									"maxclass": "outlet",
									"numinlets": 1,
									"numoutlets": 0,
									"patching_rect": [
										300,
										330,
										45.0,
										22.0
									],
									"outlettype": []
								}
							}
						],
						"lines": [
							{
								"patchline": {
									"source": [
										"obj-1",
										0
									],
									"destination": [
										"obj-9",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-9",
										0
									],
									"destination": [
										"obj-10",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-3",
										0
									],
									"destination": [
										"obj-11",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-11",
										0
									],
									"destination": [
										"obj-12",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-10",
										0
									],
									"destination": [
										"obj-13",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-12",
										0
									],
									"destination": [
										"obj-13",
										1
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-5",
										0
									],
									"destination": [
										"obj-13",
										2
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-7",
										0
									],
									"destination": [
										"obj-13",
										3
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-13",
										0
									],
									"destination": [
										"obj-14",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										1
									],
									"destination": [
										"obj-15",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										1
									],
									"destination": [
										"obj-16",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-15",
										0
									],
									"destination": [
										"obj-17",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-16",
										0
									],
									"destination": [
										"obj-18",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-17",
										0
									],
									"destination": [
										"obj-19",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-18",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-19",
										0
									],
									"destination": [
										"obj-20",
										0
									],
									"order": 0
								}
							},
							{
								"patchline": {
									"source": [
										"obj-14",
										0
									],
									"destination": [
										"obj-21",
										0
									],
									"order": 0
								}
							}
						],
						"dependency_cache": [],
						"autosave": 0
					},
					"text": "p c15",
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-169",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						70,
						920,
						45.0,
						22.0
					],
					"outlettype": [
						"",
						""
					],
					"text": "t l l"
				}
			},
			{
				"box": {
					"id": "obj-170",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						320,
						950,
						56.6,
						22.0
					],
					"outlettype": [
						"list",
						"list"
					],
					"text": "zl.slice 1"
				}
			},
			{
				"box": {
					"id": "obj-171",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						320,
						980,
						45.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "+ 1"
				}
			},
			{
				"box": {
					"id": "obj-172",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 3,
					"patching_rect": [
						70,
						950,
						82.0,
						22.0
					],
					"outlettype": [
						"",
						"",
						""
					],
					"text": "unpack 0 s 0."
				}
			},
			{
				"box": {
					"id": "obj-173",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						70,
						980,
						74.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "obj-174",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						170,
						980,
						45.0,
						22.0
					],
					"outlettype": [
						"",
						""
					],
					"text": "sel 0."
				}
			},
			{
				"box": {
					"id": "obj-175",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						170,
						1010,
						30.0,
						22.0
					],
					"text": "set",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-176",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						210,
						1010,
						90.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "sprintf set %.1f"
				}
			},
			{
				"box": {
					"id": "obj-177",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 16,
					"patching_rect": [
						70,
						1045,
						50.6,
						22.0
					],
					"outlettype": [
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						""
					],
					"text": "gate 16"
				}
			},
			{
				"box": {
					"id": "obj-178",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 16,
					"patching_rect": [
						370,
						1045,
						50.6,
						22.0
					],
					"outlettype": [
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						""
					],
					"text": "gate 16"
				}
			},
			{
				"box": {
					"id": "obj-179",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 3,
					"patching_rect": [
						470,
						920,
						52.6,
						22.0
					],
					"outlettype": [
						"",
						"",
						""
					],
					"text": "uzi 16 0"
				}
			},
			{
				"box": {
					"id": "obj-180",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						470,
						950,
						45.0,
						22.0
					],
					"outlettype": [
						"",
						""
					],
					"text": "t i i"
				}
			},
			{
				"box": {
					"id": "obj-181",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						470,
						980,
						109.3,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "sprintf %ld c%ld 0."
				}
			},
			{
				"box": {
					"id": "obj-182",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 5,
					"patching_rect": [
						20,
						1070,
						104.7,
						22.0
					],
					"outlettype": [
						"",
						"",
						"",
						"",
						""
					],
					"text": "unpack 0 s s 0. 0."
				}
			},
			{
				"box": {
					"id": "obj-183",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						150,
						1070,
						56.6,
						22.0
					],
					"outlettype": [
						"list",
						"list"
					],
					"text": "zl.slice 1"
				}
			},
			{
				"box": {
					"id": "obj-184",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						230,
						1100,
						45.0,
						22.0
					],
					"outlettype": [
						"list",
						"inactive"
					],
					"text": "zl.reg"
				}
			},
			{
				"box": {
					"id": "obj-185",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						150,
						1100,
						45.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "== 0"
				}
			},
			{
				"box": {
					"id": "obj-186",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						150,
						1130,
						45.0,
						22.0
					],
					"outlettype": [
						"",
						""
					],
					"text": "sel 1"
				}
			},
			{
				"box": {
					"id": "obj-187",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						20,
						1230,
						97.3,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "prepend replace"
				}
			},
			{
				"box": {
					"id": "obj-188",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						20,
						1260,
						125.7,
						22.0
					],
					"outlettype": [
						"",
						""
					],
					"text": "buffer~ nsynth_knobs"
				}
			},
			{
				"box": {
					"id": "obj-189",
					"maxclass": "button",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						190,
						1260,
						22,
						22
					],
					"presentation": 1,
					"presentation_rect": [
						480,
						301,
						22,
						22
					],
					"outlettype": [
						"bang"
					]
				}
			},
			{
				"box": {
					"id": "obj-190",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						215,
						1260,
						40.0,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						505,
						301,
						40,
						22
					],
					"text": "again"
				}
			},
			{
				"box": {
					"id": "obj-191",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						20,
						1290,
						45.0,
						22.0
					],
					"outlettype": [
						"",
						""
					],
					"text": "t b b"
				}
			},
			{
				"box": {
					"id": "obj-192",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						20,
						1320,
						30.0,
						22.0
					],
					"text": "0",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-193",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						120,
						1320,
						45.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "f 1."
				}
			},
			{
				"box": {
					"id": "obj-194",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						120,
						1350,
						46.3,
						22.0
					],
					"outlettype": [
						"signal"
					],
					"text": "sig~ 1."
				}
			},
			{
				"box": {
					"id": "obj-195",
					"maxclass": "newobj",
					"numinlets": 3,
					"numoutlets": 2,
					"patching_rect": [
						20,
						1380,
						131.7,
						22.0
					],
					"outlettype": [
						"signal",
						"signal"
					],
					"text": "groove~ nsynth_knobs"
				}
			},
			{
				"box": {
					"id": "obj-196",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						200,
						1350,
						35.3,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						230,
						278,
						35,
						22
					],
					"text": "level"
				}
			},
			{
				"box": {
					"id": "obj-197",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						200,
						1375,
						60.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "loadbang"
				}
			},
			{
				"box": {
					"id": "obj-198",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						200,
						1405,
						30.0,
						22.0
					],
					"text": "0.8",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-199",
					"maxclass": "flonum",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						200,
						1435,
						50,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						230,
						301,
						50,
						22
					],
					"outlettype": [
						"",
						""
					],
					"minimum": 0.0,
					"maximum": 1.0
				}
			},
			{
				"box": {
					"id": "obj-200",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						20,
						1465,
						45.0,
						22.0
					],
					"outlettype": [
						"Signal"
					],
					"text": "*~ 0.8"
				}
			},
			{
				"box": {
					"id": "obj-201",
					"maxclass": "meter~",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						100,
						1469,
						80,
						14
					],
					"presentation": 1,
					"presentation_rect": [
						290,
						305,
						80,
						14
					],
					"outlettype": [
						"float"
					]
				}
			},
			{
				"box": {
					"id": "obj-202",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 0,
					"patching_rect": [
						20,
						1500,
						57.0,
						22.0
					],
					"outlettype": [],
					"text": "dac~ 1 2"
				}
			},
			{
				"box": {
					"id": "obj-203",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						100,
						1500,
						33.9,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						380,
						301,
						34,
						22
					],
					"text": "start",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-204",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						150,
						1500,
						33.3,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						430,
						301,
						33,
						22
					],
					"text": "stop",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-205",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						330,
						1070,
						55,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						278,
						55,
						22
					],
					"text": "match"
				}
			},
			{
				"box": {
					"id": "obj-206",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						390,
						1070,
						360,
						22.0
					],
					"text": "exact, nearest or blend; exact once /nsynth/ready comes"
				}
			},
			{
				"box": {
					"id": "obj-207",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						330,
						1100,
						74.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "obj-208",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						330,
						1130,
						120,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						10,
						301,
						120,
						22
					],
					"text": "",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-209",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						470,
						1130,
						55.3,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						140,
						278,
						55,
						22
					],
					"text": "distance"
				}
			},
			{
				"box": {
					"id": "obj-210",
					"maxclass": "flonum",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						530,
						1130,
						70,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						140,
						301,
						70,
						22
					],
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-211",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						330,
						1170,
						620,
						22.0
					],
					"text": "answer: req_id path match distance rate"
				}
			},
			{
				"box": {
					"id": "obj-212",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						330,
						1195,
						74.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "obj-213",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						330,
						1225,
						620,
						22.0
					],
					"text": "",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-214",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						330,
						1260,
						620,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						300,
						336,
						620,
						22
					],
					"text": "last error: req_id code message"
				}
			},
			{
				"box": {
					"id": "obj-215",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						330,
						1285,
						74.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "obj-216",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						330,
						1315,
						620,
						22.0
					],
					"presentation": 1,
					"presentation_rect": [
						300,
						361,
						560,
						22
					],
					"text": "",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-217",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						430,
						1285,
						102.0,
						22.0
					],
					"outlettype": [],
					"text": "print nsynth-error"
				}
			},
			{
				"box": {
					"id": "obj-218",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						330,
						1360,
						330,
						22.0
					],
					"text": "status: bank size, queued, rendering, done, worker"
				}
			},
			{
				"box": {
					"id": "obj-219",
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						330,
						1385,
						22,
						22
					],
					"outlettype": [
						"int"
					]
				}
			},
			{
				"box": {
					"id": "obj-220",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						355,
						1385,
						111.3,
						22.0
					],
					"text": "poll every 1000 ms"
				}
			},
			{
				"box": {
					"id": "obj-221",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						500,
						1385,
						60.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "loadbang"
				}
			},
			{
				"box": {
					"id": "obj-222",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						570,
						1385,
						30.0,
						22.0
					],
					"text": "1",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-223",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						330,
						1415,
						71.3,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "metro 1000"
				}
			},
			{
				"box": {
					"id": "obj-224",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						330,
						1445,
						84.6,
						22.0
					],
					"text": "/nsynth/status",
					"outlettype": [
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-225",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 5,
					"patching_rect": [
						330,
						1475,
						98.7,
						22.0
					],
					"outlettype": [
						"",
						"",
						"",
						"",
						""
					],
					"text": "unpack 0 0 0 0 s"
				}
			},
			{
				"box": {
					"id": "obj-226",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						330,
						1505,
						64,
						22.0
					],
					"text": "bank"
				}
			},
			{
				"box": {
					"id": "obj-227",
					"maxclass": "number",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						330,
						1530,
						60,
						22.0
					],
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-228",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						396,
						1505,
						64,
						22.0
					],
					"text": "queued"
				}
			},
			{
				"box": {
					"id": "obj-229",
					"maxclass": "number",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						396,
						1530,
						60,
						22.0
					],
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-230",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						462,
						1505,
						64,
						22.0
					],
					"text": "rendering"
				}
			},
			{
				"box": {
					"id": "obj-231",
					"maxclass": "number",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						462,
						1530,
						60,
						22.0
					],
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-232",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						528,
						1505,
						64,
						22.0
					],
					"text": "done"
				}
			},
			{
				"box": {
					"id": "obj-233",
					"maxclass": "number",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						528,
						1530,
						60,
						22.0
					],
					"outlettype": [
						"",
						""
					]
				}
			},
			{
				"box": {
					"id": "obj-234",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						594,
						1505,
						64,
						22.0
					],
					"text": "worker"
				}
			},
			{
				"box": {
					"id": "obj-235",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						594,
						1530,
						74.0,
						22.0
					],
					"outlettype": [
						""
					],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "obj-236",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						594,
						1560,
						66,
						22.0
					],
					"text": "",
					"outlettype": [
						""
					]
				}
			}
		],
		"lines": [
			{
				"patchline": {
					"source": [
						"obj-3",
						0
					],
					"destination": [
						"obj-6",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-4",
						0
					],
					"destination": [
						"obj-6",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-6",
						4
					],
					"destination": [
						"obj-7",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-6",
						2
					],
					"destination": [
						"obj-8",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-6",
						1
					],
					"destination": [
						"obj-9",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-6",
						0
					],
					"destination": [
						"obj-10",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-7",
						0
					],
					"destination": [
						"obj-11",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-8",
						0
					],
					"destination": [
						"obj-11",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-9",
						0
					],
					"destination": [
						"obj-11",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-10",
						0
					],
					"destination": [
						"obj-11",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-12",
						0
					],
					"destination": [
						"obj-13",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-13",
						2
					],
					"destination": [
						"obj-14",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-14",
						2
					],
					"destination": [
						"obj-15",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-15",
						2
					],
					"destination": [
						"obj-16",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-16",
						2
					],
					"destination": [
						"obj-17",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-17",
						1
					],
					"destination": [
						"obj-18",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-13",
						0
					],
					"destination": [
						"obj-20",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-20",
						0
					],
					"destination": [
						"obj-21",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-22",
						1
					],
					"destination": [
						"obj-24",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-22",
						0
					],
					"destination": [
						"obj-23",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-24",
						0
					],
					"destination": [
						"obj-26",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-23",
						0
					],
					"destination": [
						"obj-25",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-25",
						1
					],
					"destination": [
						"obj-26",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-25",
						0
					],
					"destination": [
						"obj-26",
						0
					],
					"order": 1
				}
			},
			{
				"patchline": {
					"source": [
						"obj-25",
						3
					],
					"destination": [
						"obj-26",
						0
					],
					"order": 2
				}
			},
			{
				"patchline": {
					"source": [
						"obj-26",
						0
					],
					"destination": [
						"obj-27",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-27",
						0
					],
					"destination": [
						"obj-28",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-28",
						0
					],
					"destination": [
						"obj-29",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-29",
						0
					],
					"destination": [
						"obj-30",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-30",
						1
					],
					"destination": [
						"obj-28",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-27",
						1
					],
					"destination": [
						"obj-31",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-30",
						0
					],
					"destination": [
						"obj-31",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-31",
						0
					],
					"destination": [
						"obj-32",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-32",
						0
					],
					"destination": [
						"obj-11",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-32",
						0
					],
					"destination": [
						"obj-34",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-33",
						0
					],
					"destination": [
						"obj-34",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-34",
						0
					],
					"destination": [
						"obj-11",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-6",
						3
					],
					"destination": [
						"obj-36",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-15",
						0
					],
					"destination": [
						"obj-37",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-36",
						0
					],
					"destination": [
						"obj-38",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-37",
						0
					],
					"destination": [
						"obj-38",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-38",
						1
					],
					"destination": [
						"obj-39",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-39",
						0
					],
					"destination": [
						"obj-25",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-41",
						0
					],
					"destination": [
						"obj-42",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-42",
						0
					],
					"destination": [
						"obj-43",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-43",
						0
					],
					"destination": [
						"obj-44",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-44",
						0
					],
					"destination": [
						"obj-25",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-45",
						0
					],
					"destination": [
						"obj-22",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-47",
						0
					],
					"destination": [
						"obj-49",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-49",
						0
					],
					"destination": [
						"obj-50",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-50",
						0
					],
					"destination": [
						"obj-22",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-52",
						0
					],
					"destination": [
						"obj-53",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-53",
						0
					],
					"destination": [
						"obj-59",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-53",
						0
					],
					"destination": [
						"obj-60",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-59",
						0
					],
					"destination": [
						"obj-63",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-60",
						0
					],
					"destination": [
						"obj-63",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-61",
						0
					],
					"destination": [
						"obj-63",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-62",
						0
					],
					"destination": [
						"obj-63",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-63",
						0
					],
					"destination": [
						"obj-25",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-63",
						1
					],
					"destination": [
						"obj-49",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-53",
						0
					],
					"destination": [
						"obj-66",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-53",
						0
					],
					"destination": [
						"obj-67",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-66",
						0
					],
					"destination": [
						"obj-70",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-67",
						0
					],
					"destination": [
						"obj-70",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-68",
						0
					],
					"destination": [
						"obj-70",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-69",
						0
					],
					"destination": [
						"obj-70",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-70",
						0
					],
					"destination": [
						"obj-25",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-70",
						1
					],
					"destination": [
						"obj-49",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-53",
						0
					],
					"destination": [
						"obj-73",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-53",
						0
					],
					"destination": [
						"obj-74",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-73",
						0
					],
					"destination": [
						"obj-77",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-74",
						0
					],
					"destination": [
						"obj-77",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-75",
						0
					],
					"destination": [
						"obj-77",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-76",
						0
					],
					"destination": [
						"obj-77",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-77",
						0
					],
					"destination": [
						"obj-25",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-77",
						1
					],
					"destination": [
						"obj-49",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-53",
						0
					],
					"destination": [
						"obj-80",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-53",
						0
					],
					"destination": [
						"obj-81",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-80",
						0
					],
					"destination": [
						"obj-84",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-81",
						0
					],
					"destination": [
						"obj-84",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-82",
						0
					],
					"destination": [
						"obj-84",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-83",
						0
					],
					"destination": [
						"obj-84",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-84",
						0
					],
					"destination": [
						"obj-25",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-84",
						1
					],
					"destination": [
						"obj-49",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-53",
						0
					],
					"destination": [
						"obj-87",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-53",
						0
					],
					"destination": [
						"obj-88",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-87",
						0
					],
					"destination": [
						"obj-91",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-88",
						0
					],
					"destination": [
						"obj-91",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-89",
						0
					],
					"destination": [
						"obj-91",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-90",
						0
					],
					"destination": [
						"obj-91",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-91",
						0
					],
					"destination": [
						"obj-25",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-91",
						1
					],
					"destination": [
						"obj-49",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-53",
						0
					],
					"destination": [
						"obj-94",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-53",
						0
					],
					"destination": [
						"obj-95",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-94",
						0
					],
					"destination": [
						"obj-98",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-95",
						0
					],
					"destination": [
						"obj-98",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-96",
						0
					],
					"destination": [
						"obj-98",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-97",
						0
					],
					"destination": [
						"obj-98",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-98",
						0
					],
					"destination": [
						"obj-25",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-98",
						1
					],
					"destination": [
						"obj-49",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-53",
						0
					],
					"destination": [
						"obj-101",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-53",
						0
					],
					"destination": [
						"obj-102",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-101",
						0
					],
					"destination": [
						"obj-105",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-102",
						0
					],
					"destination": [
						"obj-105",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-103",
						0
					],
					"destination": [
						"obj-105",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-104",
						0
					],
					"destination": [
						"obj-105",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-105",
						0
					],
					"destination": [
						"obj-25",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-105",
						1
					],
					"destination": [
						"obj-49",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-53",
						0
					],
					"destination": [
						"obj-108",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-53",
						0
					],
					"destination": [
						"obj-109",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-108",
						0
					],
					"destination": [
						"obj-112",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-109",
						0
					],
					"destination": [
						"obj-112",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-110",
						0
					],
					"destination": [
						"obj-112",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-111",
						0
					],
					"destination": [
						"obj-112",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-112",
						0
					],
					"destination": [
						"obj-25",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-112",
						1
					],
					"destination": [
						"obj-49",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-53",
						0
					],
					"destination": [
						"obj-115",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-53",
						0
					],
					"destination": [
						"obj-116",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-115",
						0
					],
					"destination": [
						"obj-119",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-116",
						0
					],
					"destination": [
						"obj-119",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-117",
						0
					],
					"destination": [
						"obj-119",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-118",
						0
					],
					"destination": [
						"obj-119",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-119",
						0
					],
					"destination": [
						"obj-25",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-119",
						1
					],
					"destination": [
						"obj-49",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-53",
						0
					],
					"destination": [
						"obj-122",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-53",
						0
					],
					"destination": [
						"obj-123",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-122",
						0
					],
					"destination": [
						"obj-126",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-123",
						0
					],
					"destination": [
						"obj-126",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-124",
						0
					],
					"destination": [
						"obj-126",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-125",
						0
					],
					"destination": [
						"obj-126",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-126",
						0
					],
					"destination": [
						"obj-25",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-126",
						1
					],
					"destination": [
						"obj-49",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-53",
						0
					],
					"destination": [
						"obj-129",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-53",
						0
					],
					"destination": [
						"obj-130",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-129",
						0
					],
					"destination": [
						"obj-133",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-130",
						0
					],
					"destination": [
						"obj-133",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-131",
						0
					],
					"destination": [
						"obj-133",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-132",
						0
					],
					"destination": [
						"obj-133",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-133",
						0
					],
					"destination": [
						"obj-25",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-133",
						1
					],
					"destination": [
						"obj-49",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-53",
						0
					],
					"destination": [
						"obj-136",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-53",
						0
					],
					"destination": [
						"obj-137",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-136",
						0
					],
					"destination": [
						"obj-140",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-137",
						0
					],
					"destination": [
						"obj-140",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-138",
						0
					],
					"destination": [
						"obj-140",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-139",
						0
					],
					"destination": [
						"obj-140",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-140",
						0
					],
					"destination": [
						"obj-25",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-140",
						1
					],
					"destination": [
						"obj-49",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-53",
						0
					],
					"destination": [
						"obj-143",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-53",
						0
					],
					"destination": [
						"obj-144",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-143",
						0
					],
					"destination": [
						"obj-147",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-144",
						0
					],
					"destination": [
						"obj-147",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-145",
						0
					],
					"destination": [
						"obj-147",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-146",
						0
					],
					"destination": [
						"obj-147",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-147",
						0
					],
					"destination": [
						"obj-25",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-147",
						1
					],
					"destination": [
						"obj-49",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-53",
						0
					],
					"destination": [
						"obj-150",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-53",
						0
					],
					"destination": [
						"obj-151",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-150",
						0
					],
					"destination": [
						"obj-154",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-151",
						0
					],
					"destination": [
						"obj-154",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-152",
						0
					],
					"destination": [
						"obj-154",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-153",
						0
					],
					"destination": [
						"obj-154",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-154",
						0
					],
					"destination": [
						"obj-25",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-154",
						1
					],
					"destination": [
						"obj-49",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-53",
						0
					],
					"destination": [
						"obj-157",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-53",
						0
					],
					"destination": [
						"obj-158",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-157",
						0
					],
					"destination": [
						"obj-161",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-158",
						0
					],
					"destination": [
						"obj-161",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-159",
						0
					],
					"destination": [
						"obj-161",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-160",
						0
					],
					"destination": [
						"obj-161",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-161",
						0
					],
					"destination": [
						"obj-25",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-161",
						1
					],
					"destination": [
						"obj-49",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-53",
						0
					],
					"destination": [
						"obj-164",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-53",
						0
					],
					"destination": [
						"obj-165",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-164",
						0
					],
					"destination": [
						"obj-168",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-165",
						0
					],
					"destination": [
						"obj-168",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-166",
						0
					],
					"destination": [
						"obj-168",
						2
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-167",
						0
					],
					"destination": [
						"obj-168",
						3
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-168",
						0
					],
					"destination": [
						"obj-25",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-168",
						1
					],
					"destination": [
						"obj-49",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-16",
						1
					],
					"destination": [
						"obj-169",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-169",
						1
					],
					"destination": [
						"obj-170",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-170",
						0
					],
					"destination": [
						"obj-171",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-169",
						0
					],
					"destination": [
						"obj-172",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-172",
						1
					],
					"destination": [
						"obj-173",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-172",
						2
					],
					"destination": [
						"obj-174",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-174",
						0
					],
					"destination": [
						"obj-175",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-174",
						1
					],
					"destination": [
						"obj-176",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-171",
						0
					],
					"destination": [
						"obj-177",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-173",
						0
					],
					"destination": [
						"obj-177",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-177",
						0
					],
					"destination": [
						"obj-57",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-177",
						1
					],
					"destination": [
						"obj-64",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-177",
						2
					],
					"destination": [
						"obj-71",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-177",
						3
					],
					"destination": [
						"obj-78",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-177",
						4
					],
					"destination": [
						"obj-85",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-177",
						5
					],
					"destination": [
						"obj-92",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-177",
						6
					],
					"destination": [
						"obj-99",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-177",
						7
					],
					"destination": [
						"obj-106",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-177",
						8
					],
					"destination": [
						"obj-113",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-177",
						9
					],
					"destination": [
						"obj-120",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-177",
						10
					],
					"destination": [
						"obj-127",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-177",
						11
					],
					"destination": [
						"obj-134",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-177",
						12
					],
					"destination": [
						"obj-141",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-177",
						13
					],
					"destination": [
						"obj-148",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-177",
						14
					],
					"destination": [
						"obj-155",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-177",
						15
					],
					"destination": [
						"obj-162",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-171",
						0
					],
					"destination": [
						"obj-178",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-175",
						0
					],
					"destination": [
						"obj-178",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-176",
						0
					],
					"destination": [
						"obj-178",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-178",
						0
					],
					"destination": [
						"obj-58",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-178",
						1
					],
					"destination": [
						"obj-65",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-178",
						2
					],
					"destination": [
						"obj-72",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-178",
						3
					],
					"destination": [
						"obj-79",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-178",
						4
					],
					"destination": [
						"obj-86",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-178",
						5
					],
					"destination": [
						"obj-93",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-178",
						6
					],
					"destination": [
						"obj-100",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-178",
						7
					],
					"destination": [
						"obj-107",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-178",
						8
					],
					"destination": [
						"obj-114",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-178",
						9
					],
					"destination": [
						"obj-121",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-178",
						10
					],
					"destination": [
						"obj-128",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-178",
						11
					],
					"destination": [
						"obj-135",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-178",
						12
					],
					"destination": [
						"obj-142",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-178",
						13
					],
					"destination": [
						"obj-149",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-178",
						14
					],
					"destination": [
						"obj-156",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-178",
						15
					],
					"destination": [
						"obj-163",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-6",
						3
					],
					"destination": [
						"obj-179",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-179",
						2
					],
					"destination": [
						"obj-180",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-180",
						1
					],
					"destination": [
						"obj-181",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-180",
						0
					],
					"destination": [
						"obj-181",
						0
					],
					"order": 1
				}
			},
			{
				"patchline": {
					"source": [
						"obj-181",
						0
					],
					"destination": [
						"obj-169",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-13",
						1
					],
					"destination": [
						"obj-182",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-14",
						0
					],
					"destination": [
						"obj-183",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-183",
						1
					],
					"destination": [
						"obj-184",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-30",
						0
					],
					"destination": [
						"obj-185",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-183",
						0
					],
					"destination": [
						"obj-185",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-185",
						0
					],
					"destination": [
						"obj-186",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-186",
						0
					],
					"destination": [
						"obj-184",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-184",
						0
					],
					"destination": [
						"obj-33",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-187",
						0
					],
					"destination": [
						"obj-188",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-188",
						1
					],
					"destination": [
						"obj-191",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-189",
						0
					],
					"destination": [
						"obj-191",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-191",
						0
					],
					"destination": [
						"obj-192",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-191",
						1
					],
					"destination": [
						"obj-193",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-193",
						0
					],
					"destination": [
						"obj-194",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-194",
						0
					],
					"destination": [
						"obj-195",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-192",
						0
					],
					"destination": [
						"obj-195",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-197",
						0
					],
					"destination": [
						"obj-198",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-198",
						0
					],
					"destination": [
						"obj-199",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-195",
						0
					],
					"destination": [
						"obj-200",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-199",
						0
					],
					"destination": [
						"obj-200",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-200",
						0
					],
					"destination": [
						"obj-201",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-200",
						0
					],
					"destination": [
						"obj-202",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-200",
						0
					],
					"destination": [
						"obj-202",
						1
					],
					"order": 1
				}
			},
			{
				"patchline": {
					"source": [
						"obj-203",
						0
					],
					"destination": [
						"obj-202",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-204",
						0
					],
					"destination": [
						"obj-202",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-182",
						1
					],
					"destination": [
						"obj-187",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-182",
						4
					],
					"destination": [
						"obj-193",
						1
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-182",
						2
					],
					"destination": [
						"obj-207",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-207",
						0
					],
					"destination": [
						"obj-208",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-182",
						3
					],
					"destination": [
						"obj-210",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-13",
						1
					],
					"destination": [
						"obj-212",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-212",
						0
					],
					"destination": [
						"obj-213",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-14",
						1
					],
					"destination": [
						"obj-215",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-215",
						0
					],
					"destination": [
						"obj-216",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-14",
						1
					],
					"destination": [
						"obj-217",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-221",
						0
					],
					"destination": [
						"obj-222",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-222",
						0
					],
					"destination": [
						"obj-219",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-219",
						0
					],
					"destination": [
						"obj-223",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-223",
						0
					],
					"destination": [
						"obj-224",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-224",
						0
					],
					"destination": [
						"obj-11",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-16",
						0
					],
					"destination": [
						"obj-225",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-225",
						0
					],
					"destination": [
						"obj-227",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-225",
						1
					],
					"destination": [
						"obj-229",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-225",
						2
					],
					"destination": [
						"obj-231",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-225",
						3
					],
					"destination": [
						"obj-233",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-225",
						4
					],
					"destination": [
						"obj-235",
						0
					],
					"order": 0
				}
			},
			{
				"patchline": {
					"source": [
						"obj-235",
						0
					],
					"destination": [
						"obj-236",
						0
					],
					"order": 0
				}
			}
		],
		"dependency_cache": [],
		"autosave": 0
	}
}
